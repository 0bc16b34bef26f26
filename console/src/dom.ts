/** A tiny element builder: text always goes in as text (article texts are untrusted), never as HTML. */
type Child = Node | string | number | null | undefined | false | Child[];

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, any> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'className') el.className = v;
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el: Node, children: Child[]) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function mount(target: HTMLElement, ...children: Child[]) {
  target.replaceChildren();
  append(target, children);
}

export function announce(message: string) {
  const status = document.getElementById('status');
  if (status) status.textContent = message;
}

/** text[from, to) as a span, each of `spans` (offsets of `text`, in order, not overlapping) in a <mark>. */
export function withMarks(text: string, from: number, to: number, spans: { start: number; end: number }[]) {
  const parts: (Node | string)[] = [];
  let at = from;
  for (const s of spans) {
    if (s.start < at || s.end > to) continue;
    parts.push(text.slice(at, s.start), h('mark', {}, text.slice(s.start, s.end)));
    at = s.end;
  }
  parts.push(text.slice(at, to));
  return h('span', {}, ...parts);
}
