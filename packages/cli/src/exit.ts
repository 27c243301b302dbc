/** Exit codes shared by every command: 0 ok, 1 runtime failure, 2 invalid input. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID = 2;

/** Thrown by a command to end with a code after it has printed what the user needs. */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
