/** `ntm pack validate <file.json>`: every problem of a pack or overlay file with its path, and what is still missing. */
import { Criteria } from "@ntm/core"
import { type Io, readJson } from "../Io.ts"
import { type Lang, problemLine, t } from "../Lang.ts"
import { validateDocument } from "../packs/load.ts"

/** Options of `pack validate`. */
export interface PackValidateOptions {
  readonly lang: Lang
  /** A base pack file or known id for an overlay whose base is not a known pack. */
  readonly base?: Criteria.ValidPack
}

/**
 * Validates a pack file (`ntm-pack/1`) or an overlay file (`ntm-overlay/1`, against its base pack) and prints every
 * problem with its path, then what is still missing. Returns the exit code: 1 when there is any error.
 *
 * @example
 * await packValidate(io, "my-pack.json", { lang: "en" }) // 0 or 1
 */
export const packValidate = async (io: Io, file: string, options: PackValidateOptions): Promise<number> => {
  const { lang } = options
  const json = await readJson(io, file)
  const v = validateDocument(json, options.base)
  if (v.kind === "overlay-without-base") {
    io.err(
      t(
        lang,
        `${file}: bộ tiêu chí gốc "${v.base}" của lớp bổ sung không có sẵn; dùng --base <tệp.json>\n`,
        `${file}: the overlay's base pack "${v.base}" is not known; pass --base <file.json>\n`,
      ),
    )
    return 1
  }
  const what = v.kind === "pack" ? t(lang, "Bộ tiêu chí", "Pack") : t(lang, "Lớp bổ sung", "Overlay")
  const r = v.validation
  if (!r.ok) {
    const errors = r.problems.filter((p) => p.severity === "error").length
    const warnings = r.problems.length - errors
    for (const p of r.problems) io.out(`${problemLine(p, lang)}\n`)
    io.out(
      t(
        lang,
        `\n${what} ${file} KHÔNG hợp lệ: ${errors} lỗi, ${warnings} cảnh báo.\n`,
        `\n${what} ${file} is NOT valid: ${errors} error(s), ${warnings} warning(s).\n`,
      ),
    )
    return 1
  }
  for (const p of r.warnings) io.out(`${problemLine(p, lang)}\n`)
  const id = "pack" in r ? r.pack.id : r.overlay.id
  io.out(
    t(
      lang,
      `${what} ${id} hợp lệ (${r.warnings.length} cảnh báo).\n`,
      `${what} ${id} is valid (${r.warnings.length} warning(s)).\n`,
    ),
  )
  if (r.missing.length === 0) io.out(t(lang, "Không còn thiếu gì.\n", "Nothing is missing.\n"))
  else {
    io.out(t(lang, `Còn thiếu (${r.missing.length}):\n`, `Still missing (${r.missing.length}):\n`))
    for (const m of r.missing) io.out(`- ${Criteria.renderMissing(m, lang)}\n`)
  }
  return 0
}
