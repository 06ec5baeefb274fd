// Word-level diff by longest common subsequence, whitespace kept as its own tokens so the text reads back.
export type DiffOp = { op: '=' | '+' | '-'; text: string };

export function diffWords(a: string, b: string): DiffOp[] {
  const x = a.split(/(\s+)/).filter(Boolean);
  const y = b.split(/(\s+)/).filter(Boolean);
  // Common prefix and suffix cost nothing: only the changed middle goes through the quadratic table.
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const xs = x.slice(head, x.length - tail);
  const ys = y.slice(head, y.length - tail);
  const n = xs.length;
  const m = ys.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = xs[i] === ys[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string) => {
    const last = out[out.length - 1];
    if (last?.op === op) last.text += text;
    else out.push({ op, text });
  };
  if (head) push('=', x.slice(0, head).join(''));
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (xs[i] === ys[j]) push('=', xs[i++]), j++;
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('-', xs[i++]);
    else push('+', ys[j++]);
  }
  while (i < n) push('-', xs[i++]);
  while (j < m) push('+', ys[j++]);
  if (tail) push('=', x.slice(x.length - tail).join(''));
  return out;
}
