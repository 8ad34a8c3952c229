/** Escapes text for HTML, as Jira does: the demo's hostile summaries must reach the DOM as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A tagged template whose interpolations are escaped unless wrapped in `raw()`. */
export function html(strings: TemplateStringsArray, ...values: (string | number | Raw | Raw[])[]): Raw {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1]!;
  });
  return new Raw(out);
}

export class Raw {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

function render(value: string | number | Raw | Raw[]): string {
  if (value instanceof Raw) return value.value;
  if (Array.isArray(value)) return value.map((item) => item.value).join('');
  return escapeHtml(String(value));
}

/** Renders the demo's plain-text description as rich text: paragraphs, "## " headings and "- " lists. */
export function richText(description: string): Raw {
  const blocks = description.split(/\n{2,}/).map((block) => {
    const lines = block.split('\n');
    if (lines.every((line) => line.startsWith('- '))) return html`<ul>${lines.map((line) => html`<li><p>${line.slice(2)}</p></li>`)}</ul>`;
    if (lines[0]!.startsWith('## ')) {
      const rest = lines.slice(1);
      const list = rest.length ? html`<ul>${rest.map((line) => html`<li><p>${line.replace(/^- /, '')}</p></li>`)}</ul>` : html``;
      return html`<h2>${lines[0]!.slice(3)}</h2>${list}`;
    }
    return html`<p>${block}</p>`;
  });
  return html`${blocks}`;
}

export function page(title: string, head: Raw, body: Raw, attrs = ''): string {
  return `<!doctype html><html lang="en" ${attrs}><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head.value}<link rel="stylesheet" href="/demo-assets/demo.css"></head>${body.value}</html>`;
}
