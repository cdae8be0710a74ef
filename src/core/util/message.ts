/**
 * A user-facing sentence made in the core: an English template with `{0}`-style
 * placeholders and its arguments. The core never picks a language; whoever shows the
 * sentence translates the template (the extension through `vscode.l10n.t`, see
 * src/host/l10n.ts; the CLI with the catalogue's German, util/german.ts), so one table of
 * sentences serves every surface.
 */
export interface Message {
  readonly template: string;
  /** A Message among them is a phrase of its own ("3 hours", "use merge or replace"), translated with the sentence. */
  readonly args: readonly MessageArg[];
}

export type MessageArg = string | number | Message;

export function msg(template: string, ...args: MessageArg[]): Message {
  return { template, args };
}

/** Fills `{n}` placeholders; an unknown index stays as written, so nothing is silently lost. */
export function fillTemplate(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
}

/** The English text of a message (tests, logs, JSON data). */
export function formatMessage(message: Message): string {
  return fillTemplate(message.template, message.args.map((a) => (typeof a === 'object' ? formatMessage(a) : a)));
}

/**
 * An error whose sentence is a Message, so whoever shows it can say it in the reader's
 * language; its `message` is the English text, for logs and callers that do not translate.
 */
export class MessageError extends RangeError {
  constructor(readonly text: Message) {
    super(formatMessage(text));
  }
}
