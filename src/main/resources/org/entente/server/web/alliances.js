/* Alliances view: members of the alliances on a day (a network), the members of one organisation
   with their accession days (a table), and a state's memberships, treaties and statements. */
const Alliances = (() => {
  const { el, run, labels, table, day } = Entente;
  const FIRST = Date.UTC(1949, 0, 1);
  const DAY_MS = 86400000;
  let chart = null;
  let organisations = [];
  let enlargements = [];
  let shown = 0;

  const iso = days => new Date(FIRST + days * DAY_MS).toISOString().substring(0, 10);
  const days = text => Math.round((Date.parse(text) - FIRST) / DAY_MS);
  const today = () => new Date().toISOString().substring(0, 10);

  async function init() {
    const slider = document.getElementById('day-slider');
    const input = document.getElementById('day');
    slider.max = days(today());
    input.max = today();
    const result = await run('organisations');
    organisations = result.rows.filter(row => Number(row.membersEver.value) > 0);
    const select = document.getElementById('organisation');
    organisations.forEach(row => select.append(el('option', { value: row.organisation.value },
      row.organisationName.value + (row.kind.value === 'alliance' ? ' (alliance)' : ''))));
    select.value = organisations.find(row => row.organisationName.value === 'NATO').organisation.value;
    select.addEventListener('change', () => { loadEnlargements().then(show); });
    slider.addEventListener('input', () => { input.value = iso(Number(slider.value)); });
    slider.addEventListener('change', () => show());
    input.addEventListener('change', () => { if (input.value) show(); });
    document.getElementById('previous-enlargement').addEventListener('click', () => step(-1));
    document.getElementById('next-enlargement').addEventListener('click', () => step(1));
    document.getElementById('alliance-controls').addEventListener('submit', event => event.preventDefault());
    chart = echarts.init(document.getElementById('alliance-network'));
    window.addEventListener('resize', () => chart.resize());
    chart.on('click', params => {
      if (params.dataType === 'node' && params.data.kind === 'member') details(params.data.id, params.data.name);
    });
    input.value = '2021-12-10';
    await loadEnlargements();
    await show();
  }

  async function loadEnlargements() {
    const organisation = document.getElementById('organisation').value;
    enlargements = (await run('enlargement-timeline', { organisation })).rows.map(row => row.day.value);
  }

  function step(direction) {
    const current = document.getElementById('day').value;
    const next = direction > 0 ? enlargements.find(d => d > current) : [...enlargements].reverse().find(d => d < current);
    if (next) {
      document.getElementById('day').value = next;
      show();
    }
  }

  /** Shows the day in the input: the network of alliances and the chosen organisation's members. */
  async function show() {
    const date = document.getElementById('day').value;
    const chosen = document.getElementById('organisation').value;
    document.getElementById('day-slider').value = days(date);
    const request = ++shown;
    const drawn = organisations.filter(row => row.kind.value === 'alliance' || row.organisation.value === chosen);
    const answers = await Promise.all(drawn.map(row => run('members-on-date', { organisation: row.organisation.value, date })));
    if (request !== shown) return;
    const members = answers[drawn.findIndex(row => row.organisation.value === chosen)];
    const name = drawn.find(row => row.organisation.value === chosen).organisationName.value;
    document.getElementById('member-summary').textContent =
      members.rows.length + ' members of ' + name + ' on ' + day(date);
    const box = document.getElementById('member-table');
    box.replaceChildren(table(members, new Map(), { onRow: row => details(row.member.value, row.memberName.value) }));
    draw(drawn, answers, chosen);
  }

  function draw(drawn, answers, chosen) {
    const nodes = [];
    const links = [];
    const seen = new Map();
    const palette = ['#1f5fa8', '#b8322a', '#2e7d32', '#7b3fa0', '#c06000'];
    drawn.forEach((row, index) => {
      if (answers[index].rows.length === 0 && row.organisation.value !== chosen) return;
      const color = palette[index % palette.length];
      const hub = nodes.length;
      nodes.push({ id: row.organisation.value, name: row.organisationName.value, kind: 'organisation',
        symbolSize: 30 + Math.sqrt(answers[index].rows.length) * 6,
        itemStyle: { color }, label: { show: true, fontSize: 18, fontWeight: 'bold', color } });
      answers[index].rows.forEach(member => {
        if (!seen.has(member.member.value)) {
          seen.set(member.member.value, nodes.length);
          nodes.push({ id: member.member.value, name: member.memberName.value, kind: 'member',
            symbolSize: 14, itemStyle: { color: '#8a9bb0' }, label: { show: true, fontSize: 14 } });
        }
        links.push({ source: hub, target: seen.get(member.member.value), lineStyle: { color, opacity: 0.6, width: 1.5 } });
      });
    });
    nodes.forEach((node, index) => {
      const owners = links.filter(link => link.target === index);
      if (node.kind !== 'member') return;
      if (owners.length === 1) node.itemStyle = { color: owners[0].lineStyle.color, opacity: 0.75 };
    });
    const scale = Math.min(1, chart.getWidth() / 800);
    chart.setOption({
      animationDurationUpdate: 300,
      tooltip: { formatter: params => params.dataType === 'node' ? params.data.name : '' },
      legend: { show: false },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 260 * scale, edgeLength: [70 * scale, 170 * scale], gravity: 0.1 },
        label: { position: 'right', color: '#111' }, labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency' },
        data: nodes, links
      }]
    }, { replaceMerge: ['series'] });
  }

  /** A state's memberships, treaties and statements, below the table. */
  async function details(iri, name) {
    const base = (await Entente.queries()).base;
    const key = iri.startsWith(base) ? iri.substring(base.length) : iri;
    const panel = document.getElementById('state-details');
    panel.hidden = false;
    panel.replaceChildren(el('h3', {}, name), el('p', {}, 'Loading\u2026'));
    const [memberships, treaties, statements] = await Promise.all([
      run('memberships-of-state', { state: key }), run('treaties-of-state', { state: key }),
      run('actor-timeline', { actor: key })]);
    const names = await labels([...memberships.rows, ...treaties.rows, ...statements.rows]);
    panel.replaceChildren(
      el('h3', {}, name, ' ', el('small', {}, '(', Entente.link(iri, 'all we know'), ')')),
      el('h4', {}, 'Memberships'), section(memberships, names),
      el('h4', {}, 'Treaties'), section(treaties, names),
      el('h4', {}, 'Statements in the articles'), section(statements, names));
    panel.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }

  function section(result, names) {
    return result.rows.length ? el('div', { class: 'table-box' }, table(result, names)) : el('p', {}, 'None known.');
  }

  return { init, show };
})();
