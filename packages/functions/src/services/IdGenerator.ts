/** Id generation as a service, so tests can predict ids. */
import { randomUUID } from "node:crypto"
import { Context, Layer } from "effect"

/** Makes new entity ids. */
export class IdGenerator extends Context.Service<IdGenerator, { readonly next: () => string }>()("ntm/IdGenerator") {}

/** Random UUID v4 ids. */
export const IdGeneratorLive = Layer.succeed(IdGenerator)({ next: () => randomUUID() })

/** Ids `<prefix>1`, `<prefix>2`, … (tests). */
export const sequentialIds = (prefix = "id-") => {
  let n = 0
  return Layer.succeed(IdGenerator)({
    next: () => {
      n += 1
      return `${prefix}${n}`
    },
  })
}
