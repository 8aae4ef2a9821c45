import { chromium } from 'playwright-core';
const base = process.argv[2]; const paths = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('requestfailed', (r) => console.log('failed', r.url())); page.on('response', (r) => r.status() >= 400 && console.log('http', r.status(), r.url())); page.on('pageerror', (e) => console.log('pageerror', e.message));
for (const [i, p] of paths.entries()) {
  await page.goto(base + p);
  await page.waitForFunction(() => document.getElementById('view')?.getAttribute('aria-busy') === 'false', null, { timeout: 30000 }).catch(e => console.log('timeout', p));
  await page.screenshot({ path: `/tmp/shots/${i}.png`, fullPage: false });
  console.log(p, (await page.textContent('#view')).slice(0, 300));
}
await browser.close();
