/* Queries view: the named queries with a form for their parameters, results as a table with a CSV
   download, and an editor for free SPARQL sent to the endpoint. */
const Queries = (() => {
  const { el, json, run, labels, table, query } = Entente;
  const ENDPOINT = '/entente/sparql';
  const EXAMPLE = [
    'PREFIX ent:  <https://w3id.org/entente/ontology#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    '',
    '# Who acted how often in the loaded articles',
    'SELECT ?actor ?name (COUNT(?statement) AS ?acts)',
    'WHERE {',
    '  ?statement a ent:Statement ; ent:actor ?actor .',
    '  ?actor rdfs:label ?name .',
    '}',
    'GROUP BY ?actor ?name',
    'ORDER BY DESC(?acts)'].join('\n');
  let editor = null;

  async function init() {
    const catalogue = await Entente.queries();
    document.getElementById('query-list').replaceChildren(...catalogue.queries.map(named =>
      el('li', {},
        el('button', { type: 'button', class: 'query-title', 'data-query': named.name, onclick: () => choose(named) }, named.title),
        el('p', {}, named.description))));
    editor = CodeMirror.fromTextArea(document.getElementById('sparql-editor'),
      { mode: 'application/sparql-query', lineNumbers: true, matchBrackets: true, viewportMargin: Infinity });
    editor.setValue(EXAMPLE);
    document.getElementById('run-sparql').addEventListener('click', runFree);
    document.getElementById('sparql-csv').addEventListener('click', downloadFree);
  }

  function choose(named) {
    document.querySelectorAll('.query-title').forEach(b => b.classList.toggle('chosen', b.dataset.query === named.name));
    const form = document.getElementById('query-form');
    form.hidden = false;
    form.replaceChildren(
      el('h3', {}, named.title), el('p', {}, named.description),
      ...named.parameters.map(p => el('label', {}, p.name + (p.required ? ' (required)' : ''),
        el('input', { name: p.name, type: p.type === 'date' ? 'date' : 'text', value: p.default,
          placeholder: p.required ? '' : 'optional', required: p.required }),
        el('small', {}, p.description))),
      el('p', { class: 'buttons' }, el('button', { type: 'submit' }, 'Run'),
        el('a', { class: 'button', id: 'query-csv', href: '#' }, 'Download CSV')));
    form.onsubmit = event => { event.preventDefault(); runNamed(named); };
    document.getElementById('query-result').replaceChildren();
    updateCsv(named);
    form.oninput = () => updateCsv(named);
  }

  function parameters(named) {
    const values = {};
    named.parameters.forEach(p => {
      const value = document.querySelector('#query-form [name="' + p.name + '"]').value.trim();
      if (value) values[p.name] = value;
    });
    return values;
  }

  function updateCsv(named) {
    document.getElementById('query-csv').href = query(named.name + '.csv', parameters(named));
  }

  async function runNamed(named) {
    const box = document.getElementById('query-result');
    try {
      const result = await run(named.name, parameters(named));
      show(box, result, await labels(result.rows));
    } catch (error) {
      box.replaceChildren(el('pre', { class: 'error' }, error.message));
    }
  }

  async function post(accept) {
    const response = await fetch(ENDPOINT, { method: 'POST', headers: { Accept: accept },
      body: new URLSearchParams({ query: editor.getValue() }) });
    if (!response.ok) throw new Error((await response.text()).trim() || response.statusText);
    return response;
  }

  async function runFree() {
    const box = document.getElementById('sparql-result');
    box.replaceChildren(el('p', {}, 'Running\u2026'));
    try {
      const answer = await (await post('application/sparql-results+json')).json();
      if (answer.boolean !== undefined) {
        box.replaceChildren(el('p', { class: 'summary' }, 'Answer: ' + (answer.boolean ? 'yes' : 'no')));
        return;
      }
      const result = { vars: answer.head.vars, rows: answer.results.bindings };
      show(box, result, await labels(result.rows));
    } catch (error) {
      box.replaceChildren(el('pre', { class: 'error' }, error.message));
    }
  }

  async function downloadFree() {
    try {
      const blob = await (await post('text/csv')).blob();
      const link = el('a', { href: URL.createObjectURL(blob), download: 'query.csv' });
      document.body.append(link);
      link.click();
      link.remove();
    } catch (error) {
      document.getElementById('sparql-result').replaceChildren(el('pre', { class: 'error' }, error.message));
    }
  }

  function show(box, result, names) {
    box.replaceChildren(
      el('p', { class: 'summary' }, result.rows.length + (result.rows.length === 1 ? ' row' : ' rows')),
      el('div', { class: 'table-box' }, table(result, names)));
  }

  return { init, refresh: () => editor && editor.refresh() };
})();
