// Lighthouse (npm, pinned) on pages of a served site, in one Chromium (CHROME_PATH, the
// system's) and one node process: for each page and form factor, each category's score
// (0-100) and the audits that failed. Reads {"urls": [...], "formFactors": ["desktop",
// "mobile"], "categories": [...]} as JSON on stdin; writes the scores as JSON on stdout.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const {urls, formFactors, categories} = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const performance = categories.includes('performance');

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
// Without performance, only the finished page is audited: a local static page is loaded
// and its scripts done well within half a second of quiet (Lighthouse waits a second).
function withQuiet(config) {
  if (performance) return config;
  const quiet = {pauseAfterFcpMs: 250, pauseAfterLoadMs: 250, networkQuietThresholdMs: 500,
    cpuQuietThresholdMs: 500};
  return {...config, settings: {...(config.settings ?? {}), ...quiet}};
}

const results = [];
try {
  for (const url of urls) {
    for (const formFactor of formFactors) {
      // No screenshots: they change no category's score and take time. Throttling stays
      // simulated: Lighthouse then computes performance from the trace, and otherwise
      // ('provided') waits at least 5.25 s of quiet after each load (14 s a page here).
      const flags = {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories,
        disableFullPageScreenshot: true,
        skipAudits: performance ? [] : ['screenshot-thumbnails', 'final-screenshot'],
      };
      const config = withQuiet(formFactor === 'desktop' ? desktopConfig : {extends: 'lighthouse:default'});
      const {lhr} = await lighthouse(url, flags, config);
      const scores = {};
      const failed = {};
      for (const id of categories) {
        const category = lhr.categories[id];
        scores[id] = category.score === null ? null : Math.round(category.score * 100);
        failed[id] = category.auditRefs
          .filter(ref => ref.weight > 0)
          .map(ref => lhr.audits[ref.id])
          .filter(audit => audit.score !== null && audit.score < 1)
          .map(audit => audit.id);
      }
      results.push({url, formFactor, scores, failed, error: lhr.runtimeError?.code ?? null});
    }
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(results));
