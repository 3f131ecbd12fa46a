/* Positions view: who supported and who opposed a proposition, on a timeline, with the sentence
   and the article behind each point. */
const Positions = (() => {
  const { el, run, labels, table, day, link } = Entente;
  const COLORS = { supports: '#2e7d32', opposes: '#b8322a' };
  let chart = null;

  async function init() {
    const select = document.getElementById('proposition');
    const propositions = await run('propositions');
    propositions.rows.forEach(row => select.append(el('option', { value: row.proposition.value },
      row.propositionName.value + ' (' + row.supporters.value + ' for, ' + row.opponents.value + ' against)')));
    const ukraine = propositions.rows.find(row => row.proposition.value.endsWith('proposition/membership-UKR-NATO'));
    if (ukraine) select.value = ukraine.proposition.value;
    select.addEventListener('change', show);
    chart = echarts.init(document.getElementById('position-timeline'));
    window.addEventListener('resize', () => chart.resize());
    await show();
  }

  async function show() {
    const proposition = document.getElementById('proposition').value;
    const [positions, evidence] = await Promise.all([
      run('positions-on-proposition', { proposition }), run('position-evidence', { proposition })]);
    const names = await labels(positions.rows);
    document.getElementById('position-table').replaceChildren(table(positions, names));
    document.getElementById('position-evidence').replaceChildren(...evidence.rows.map(row =>
      el('li', { class: row.stance.value },
        el('p', { class: 'who' }, el('time', { datetime: row.day.value }, day(row.day.value)), ' \u00b7 ',
          link(row.holder.value, row.holderName.value), ' ',
          el('span', { class: 'stance' }, row.stance.value), ' (', row.act.value.toLowerCase(), ')'),
        el('blockquote', {}, row.sentence.value),
        el('p', { class: 'source' }, 'From ', link(row.article.value, row.articleTitle.value), ' \u00b7 ',
          link(row.statement.value, 'the statement')))));
    draw(evidence);
  }

  function draw(evidence) {
    const holders = [...new Set(evidence.rows.map(row => row.holderName.value))];
    const times = evidence.rows.map(row => Date.parse(row.day.value));
    const margin = Math.max(2 * 86400000, (Math.max(...times) - Math.min(...times)) / 10);
    const series = Object.entries(COLORS).map(([stance, color]) => ({
      name: stance, type: 'scatter', symbolSize: 22, itemStyle: { color },
      symbol: stance === 'supports' ? 'circle' : 'diamond',
      data: evidence.rows.filter(row => row.stance.value === stance)
        .map(row => ({ value: [row.day.value, row.holderName.value], sentence: row.sentence.value }))
    }));
    chart.setOption({
      textStyle: { fontSize: 16 },
      grid: { left: 10, right: 30, top: 50, bottom: 40, containLabel: true },
      legend: { top: 0, textStyle: { fontSize: 16 } },
      tooltip: {
        confine: true, extraCssText: 'max-width: 28em; white-space: normal;',
        formatter: params => '<b>' + params.value[1] + ' ' + params.seriesName + '</b>, ' + day(params.value[0]) +
          '<br>' + Entente.shorten(params.data.sentence, 240).replace(/[<>&]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c])
      },
      xAxis: { type: 'time', min: Math.min(...times) - margin, max: Math.max(...times) + margin, axisLabel: { fontSize: 15, color: '#15202b', hideOverlap: true, formatter: '{d} {MMM} {yyyy}' } },
      yAxis: { type: 'category', data: holders, axisLabel: { fontSize: 17, color: '#15202b', margin: 14 } },
      series
    }, true);
  }

  return { init };
})();
