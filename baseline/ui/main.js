// The button answers taps from here on; the body says so as the app's does (`ui/js/main.js`),
// which is what the benchmark waits for.
let taps = 0;
document.getElementById('tap').addEventListener('click', () => {
  taps += 1;
  document.getElementById('taps').textContent = String(taps);
});
document.body.dataset.readyAfterMs = String(Math.round(performance.now()));
document.body.dataset.ready = 'true';
