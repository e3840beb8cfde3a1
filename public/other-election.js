(function (h, a) {
  a = new URLSearchParams(location.search).get('election');
  if (h.dataset.election && a !== null && a !== h.dataset.election) {
    h.setAttribute('data-other-election', '');
    document.title = document.title.split(' · ').pop();
  }
})(document.documentElement);
