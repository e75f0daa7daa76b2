/** Pending changesets stay readable by `changeset version`: front matter of "package": bump lines, for the published packages only. */
import { readdirSync, readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"

const dir = new URL("../../../../.changeset/", import.meta.url)
const changesets = readdirSync(dir).filter((name) => name.endsWith(".md") && name !== "README.md")

/** The packages and bumps a changeset declares, or why it is not a changeset. */
const frontMatter = (text: string): Array<string> | string => {
  const lines = text.split("\n")
  if (lines[0] !== "---") return "does not start with ---"
  const end = lines.indexOf("---", 1)
  if (end < 2) return "has no closing --- after at least one release line"
  const releases = lines.slice(1, end)
  const bad = releases.filter((line) => !/^"@ntm\/(core|api)": (patch|minor|major)$/u.test(line))
  return bad.length > 0 ? `has lines that are not "@ntm/core|api": patch|minor|major: ${bad.join(" | ")}` : releases
}

describe(".changeset", () => {
  it.each(changesets)("%s has valid front matter for @ntm/core or @ntm/api", (name) => {
    expect(frontMatter(readFileSync(new URL(name, dir), "utf8"))).toBeInstanceOf(Array)
  })

  it("the check rejects the damage a Markdown formatter does to front matter", () => {
    expect(frontMatter('---\n\n## "@ntm/core": minor\n\nText')).toMatch(/not "@ntm\/core\|api"|no closing/)
    expect(frontMatter('---\n"@ntm/functions": minor\n---\n')).toMatch(/not "@ntm\/core\|api"/)
    expect(frontMatter('---\n"@ntm/api": patch\n---\n\nText')).toEqual(['"@ntm/api": patch'])
    expect(frontMatter('---\n"@ntm/core": minor\n---\n\nText')).toEqual(['"@ntm/core": minor'])
  })
})
