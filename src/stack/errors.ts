/** A prerequisite is missing: the message names it and how to get it. */
export class StackPrerequisiteError extends Error {
  override name = 'StackPrerequisiteError';
}
