(function (h, q, a) {
  q = new URLSearchParams(location.search);
  a = q.get('election');
  // Another election, or a chart made in the builder: not the result this page was drawn with.
  if (h.dataset.election && ((a !== null && a !== h.dataset.election) || q.has('chart'))) {
    h.setAttribute('data-other-election', '');
    document.title = document.title.split(' · ').pop();
  }
})(document.documentElement);
