// Runs before the app, from a file (the Content Security Policy allows no inline script).
// The theme the learner chose, before the first paint (no flash); see src/ui/theme.rs.
try {
  var t = localStorage.getItem('vigie.theme.v1');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
// Offline after the first visit (see public/sw.js), registered once the app is on screen
// (its first install fetches every file); nothing happens where it is not supported.
addEventListener('vigie-ready', function () {
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('./sw.js').catch(function () {});
}, { once: true });
