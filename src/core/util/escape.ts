/** Escaping text for HTML, so what people wrote shows as written and never as markup. */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export interface EscapeHtmlOptions {
  /**
   * Whether `'` becomes `&#39;` (default true, for attribute values in single quotes). Text
   * outside tags, such as Markdown, and double-quoted attribute values can leave it as written.
   */
  apostrophe?: boolean;
}

/** Text safe as HTML text or as a quoted attribute value. */
export function escapeHtml(text: string, opts: EscapeHtmlOptions = {}): string {
  const pattern = opts.apostrophe === false ? /[&<>"]/g : /[&<>"']/g;
  return text.replace(pattern, (c) => ENTITIES[c]);
}
