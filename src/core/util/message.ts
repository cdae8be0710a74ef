/**
 * A user-facing sentence made in the core: an English template with `{0}`-style
 * placeholders and its arguments. The core never picks a language; whoever shows the
 * sentence translates the template (the extension through `vscode.l10n.t`, see
 * src/host/l10n.ts; the CLI prints English), so one table of sentences serves every surface.
 */
export interface Message {
  readonly template: string;
  readonly args: readonly (string | number)[];
}

export function msg(template: string, ...args: (string | number)[]): Message {
  return { template, args };
}

/** Fills `{n}` placeholders; an unknown index stays as written, so nothing is silently lost. */
export function fillTemplate(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
}

/** The English text of a message (tests, the CLI). */
export function formatMessage(message: Message): string {
  return fillTemplate(message.template, message.args);
}
