/* Shows the view named in the address (#alliances, #positions, #dyads, #queries), each set up on first show. */
(() => {
  const views = { alliances: Alliances, positions: Positions, dyads: Dyads, queries: Queries };
  const started = {};

  function route() {
    const name = views[location.hash.substring(1)] ? location.hash.substring(1) : 'alliances';
    document.querySelectorAll('.view').forEach(view => { view.hidden = view.id !== name + '-view'; });
    document.querySelectorAll('nav a').forEach(a => a.classList.toggle('current', a.dataset.view === name));
    if (!started[name]) {
      started[name] = views[name].init().then(() => { document.getElementById(name + '-view').dataset.ready = 'true'; })
        .catch(Entente.problem);
    }
    document.querySelectorAll('#' + name + '-view .chart').forEach(chart => {
      const instance = echarts.getInstanceByDom(chart);
      if (instance) instance.resize();
    });
    if (name === 'queries') Queries.refresh();
  }

  window.addEventListener('hashchange', route);
  window.addEventListener('unhandledrejection', event => Entente.problem(event.reason));
  route();
})();
