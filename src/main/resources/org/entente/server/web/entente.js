/* Shared by the three views: the JSON API, readable labels for IRIs, and result tables. */
const Entente = (() => {
  let catalogue = null;

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([key, value]) => {
      if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
      else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value);
    });
    children.flat().forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
    return node;
  }

  async function json(url, options) {
    const response = await fetch(url, options);
    const text = await response.text();
    let body = null;
    try { body = JSON.parse(text); } catch (e) { body = null; }
    if (!response.ok) throw new Error((body && body.error) || text || response.statusText);
    return body;
  }

  /** The named queries and the base of entity IRIs, asked once. */
  async function queries() {
    catalogue = catalogue || await json('/api/queries');
    return catalogue;
  }

  function query(name, parameters) {
    return '/api/query/' + encodeURIComponent(name) + '?' + new URLSearchParams(parameters || {});
  }

  /** Runs a named query: {vars, rows}, each row an object of variable name to SPARQL JSON term. */
  async function run(name, parameters) {
    const results = await json(query(name, parameters));
    return { vars: results.head.vars, rows: results.results.bindings };
  }

  /** Readable names of the IRIs among the rows, as a Map from IRI to name. */
  async function labels(rows) {
    const iris = new Set();
    rows.forEach(row => Object.values(row).forEach(term => { if (term.type === 'uri') iris.add(term.value); }));
    if (iris.size === 0) return new Map();
    const body = new URLSearchParams();
    iris.forEach(iri => body.append('iri', iri));
    return new Map(Object.entries(await json('/api/labels', { method: 'POST', body })));
  }

  function shorten(text, length) {
    return text.length > length ? text.substring(0, length - 1) + '\u2026' : text;
  }

  /** A link to an entity's page under /id/ (or the IRI itself if it is not Entente's), named by its label. */
  function link(iri, name) {
    const base = catalogue ? catalogue.base : null;
    const href = base && iri.startsWith(base) ? '/id/' + iri.substring(base.length) : iri;
    const fallback = base && iri.startsWith(base) ? iri.substring(base.length) : iri;
    return el('a', { href, title: iri }, shorten(name || fallback, 90));
  }

  /** "memberName" -> "Member name". */
  function heading(variable) {
    const words = variable.replace(/(.)Name$/, '$1').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.substring(1);
  }

  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];

  /** "2021-12-10" -> "10 December 2021"; other text as it is. */
  function day(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    return match ? Number(match[3]) + ' ' + MONTHS[Number(match[2]) - 1] + ' ' + match[1] : (text || '');
  }

  function cell(term, names, variable) {
    if (!term) return '';
    if (term.type === 'uri') return link(term.value, names.get(term.value));
    if (term.datatype === 'http://www.w3.org/2001/XMLSchema#date') return el('span', { class: 'day' }, day(term.value));
    if (['role', 'status'].includes(variable)) return heading(term.value).toLowerCase();
    return term.value;
  }

  /**
   * A table of results; columns in `hide` are left out, IRIs are links named by their labels. A
   * column `x` of IRIs beside a column `xName` is shown once, in the name's place, as links named by it.
   */
  function table(result, names, options) {
    const hide = (options && options.hide) || [];
    const named = result.vars.filter(v => result.vars.includes(v + 'Name'));
    const vars = result.vars.filter(v => !hide.includes(v) && !named.includes(v))
      .map(v => v.endsWith('Name') && named.includes(v.slice(0, -4)) ? v.slice(0, -4) : v);
    const own = new Map(names);
    result.rows.forEach(row => named.forEach(v => {
      if (row[v] && row[v + 'Name'] && row[v].type === 'uri') own.set(row[v].value, row[v + 'Name'].value);
    }));
    const onRow = options && options.onRow;
    return el('table', { class: 'results', 'data-rows': result.rows.length },
      el('thead', {}, el('tr', {}, vars.map(v => el('th', { scope: 'col' }, heading(v))))),
      el('tbody', {}, result.rows.map(row => el('tr', onRow ? { class: 'clickable', onclick: () => onRow(row) } : {},
        vars.map(v => el('td', {}, cell(row[v], own, v)))))));
  }

  function problem(error) {
    const box = document.getElementById('problem');
    box.textContent = error ? String(error.message || error) : '';
    box.hidden = !error;
  }

  return { el, json, queries, query, run, labels, link, table, heading, day, problem, shorten };
})();
