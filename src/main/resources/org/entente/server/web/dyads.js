/* Dyads view: what two actors did toward each other, month by month, from imported event data
   (GDELT, ICEWS, PLOVER) and the statements read in articles alike: the acts of each quad class
   as stacked bars, one stack per direction; the table beside gives the mean Goldstein score. */
const Dyads = (() => {
  const { run, table } = Entente;
  const QUADS = [
    ['verbalCooperation', 'verbal cooperation', '#7cb342'], ['materialCooperation', 'material cooperation', '#2e7d32'],
    ['verbalConflict', 'verbal conflict', '#ef8a62'], ['materialConflict', 'material conflict', '#b8322a']];
  const UNCLASSIFIED = 'no quad class';
  let chart = null;

  async function init() {
    document.getElementById('dyad-controls').addEventListener('submit', event => { event.preventDefault(); show(); });
    chart = echarts.init(document.getElementById('dyad-timeline'));
    window.addEventListener('resize', () => chart.resize());
    await show();
  }

  async function show() {
    const actor = document.getElementById('dyad-actor').value.trim();
    const other = document.getElementById('dyad-other').value.trim();
    const [months, sources] = await Promise.all([
      run('dyad-timeline', { actor, other }), run('top-source-urls', { actor, other })]);
    document.getElementById('dyad-table').replaceChildren(table(months, new Map()));
    document.getElementById('dyad-sources').replaceChildren(table(sources, new Map()));
    draw(months);
  }

  function draw(months) {
    const periods = [...new Set(months.rows.map(row => row.month.value))].sort();
    const directions = [...new Set(months.rows.map(row => row.actorName.value + ' \u2192 ' + row.targetName.value))];
    const cell = (direction, period, variable) => {
      const row = months.rows.find(r => r.month.value === period && r.actorName.value + ' \u2192 ' + r.targetName.value === direction);
      return row && row[variable] ? Number(row[variable].value) : null;
    };
    const bars = directions.flatMap(direction => QUADS.map(([variable, name, color]) => ({
      name: name, type: 'bar', stack: direction, itemStyle: { color }, direction,
      data: periods.map(period => cell(direction, period, variable) || 0)
    })).concat([{
      // statements read in articles, and events without one, have no quad class
      name: UNCLASSIFIED, type: 'bar', stack: direction, itemStyle: { color: '#9e9e9e' }, direction,
      data: periods.map(period => (cell(direction, period, 'events') || 0)
        - QUADS.reduce((sum, [variable]) => sum + (cell(direction, period, variable) || 0), 0))
    }]));
    chart.setOption({
      animation: false,
      textStyle: { fontSize: 15 },
      grid: { left: 10, right: 10, top: 70, bottom: 30, containLabel: true },
      legend: { top: 0, data: QUADS.map(quad => quad[1]).concat([UNCLASSIFIED]) },
      tooltip: { trigger: 'item', formatter: params => bars[params.seriesIndex].direction + ', ' + params.name + ': '
        + params.value + ' ' + params.seriesName },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', name: 'acts', minInterval: 1 },
      series: bars
    }, true);
  }

  return { init };
})();
