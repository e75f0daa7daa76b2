/** The CLI's boundary with the outside world: output streams, the working directory, files, TTY and network. */
import { readFile, writeFile } from "node:fs/promises"
import { isAbsolute, resolve } from "node:path"

/** What a command may touch. Tests pass a recording `Io`; the bin passes {@link processIo}. */
export interface Io {
  /** Directory relative file names are resolved against. */
  readonly cwd: string
  readonly out: (text: string) => void
  readonly err: (text: string) => void
  /** True when stderr is a terminal: progress bars are shown only then. */
  readonly isTTY: boolean
  /** The progress bar's stream (stderr). */
  readonly progressStream?: NodeJS.WritableStream
  readonly fetch: typeof fetch
}

/** A usage or input error: printed as one line, exit code 2 (usage) or 1 (bad input). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message)
  }
}

/**
 * The working directory the user typed the command in. `pnpm ntm …` runs in the package's folder, so pnpm's
 * `INIT_CWD` (the directory pnpm was started from) is preferred when set.
 */
export const userCwd = (): string => process.env.INIT_CWD ?? process.cwd()

/** The real process: stdout, stderr, the user's directory and global fetch. */
export const processIo = (): Io => ({
  cwd: userCwd(),
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: process.stderr.isTTY === true,
  progressStream: process.stderr,
  fetch: globalThis.fetch,
})

/** A path as given on the command line, resolved against the user's directory. */
export const resolvePath = (io: Io, file: string): string => (isAbsolute(file) ? file : resolve(io.cwd, file))

/** Reads a file's bytes, with a one-line error naming the file when it cannot. */
export const readBytes = async (io: Io, file: string): Promise<Buffer> => {
  try {
    return await readFile(resolvePath(io, file))
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`)
  }
}

/** Reads and parses a JSON file, with a one-line error naming the file when it cannot. */
export const readJson = async (io: Io, file: string): Promise<unknown> => {
  const text = (await readBytes(io, file)).toString("utf8")
  try {
    return JSON.parse(text) as unknown
  } catch (e) {
    throw new CliError(`${file} is not valid JSON: ${(e as Error).message}`)
  }
}

/** Writes a file (text or bytes). */
export const writeOut = async (io: Io, file: string, data: string | Uint8Array): Promise<void> => {
  await writeFile(resolvePath(io, file), data)
}
