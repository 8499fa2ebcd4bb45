import type { LocalizedText } from '../core/messages/catalogue';

/** A usage or file problem: exit code 2 and one line for the user. */
export class CliError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}
