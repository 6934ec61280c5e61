// Measures each report in an iframe of this page and writes the results, as JSON,
// into a pre element with the id "measured", which tests/report_pages.rs reads.
function luminance(color) {
  const [r, g, b] = color.match(/[\d.]+/g).map(Number);
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
// The colour behind an element: the first background that is not transparent.
function background(win, el) {
  for (; el; el = el.parentElement) {
    const bg = win.getComputedStyle(el).backgroundColor;
    if (!/^rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
  }
  return 'rgb(255, 255, 255)';
}
const shown = el => el.getClientRects().length > 0;
function measure(frame) {
  const win = frame.contentWindow, doc = frame.contentDocument, root = doc.documentElement;
  const m = { width: win.innerWidth, overflow: root.scrollWidth - root.clientWidth,
              height: root.scrollHeight, label: 1e9, clipped: [], lines: 1e9, text: 1e9,
              faintest: '', title: doc.querySelector('h1').textContent,
              rows: doc.querySelectorAll('table.levels tbody tr').length, polygons: 0 };
  for (const svg of [...doc.querySelectorAll('svg.radar')].filter(shown)) {
    const box = svg.getBoundingClientRect();
    m.polygons += svg.querySelectorAll('polygon').length;
    for (const t of svg.querySelectorAll('text')) {
      m.label = Math.min(m.label, parseFloat(win.getComputedStyle(t).fontSize) * t.getScreenCTM().a);
      const r = t.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        m.clipped.push(t.textContent);
      const c = contrast(win.getComputedStyle(t).fill, 'rgb(255, 255, 255)');
      if (c < m.text) { m.text = c; m.faintest = t.textContent; }
    }
    for (const line of svg.querySelectorAll('.ring, .spoke'))
      m.lines = Math.min(m.lines, contrast(win.getComputedStyle(line).stroke, 'rgb(255, 255, 255)'));
  }
  const walk = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !shown(el) || el.closest('svg')) continue;
    const c = contrast(win.getComputedStyle(el).color, background(win, el));
    if (c < m.text) { m.text = c; m.faintest = n.textContent.trim().slice(0, 60); }
  }
  return m;
}
addEventListener('load', () => {
  const out = {};
  for (const frame of document.querySelectorAll('iframe')) out[frame.id] = measure(frame);
  const pre = document.createElement('pre');
  pre.id = 'measured';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
