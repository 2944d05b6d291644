/** A use case that refuses — a write that would lose data, an input it cannot use — says why in one German sentence. */
export class Refusal extends Error {
  override name = "Refusal";
}
