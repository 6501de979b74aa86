// Takes a screenshot of a page (or of one element with SHOT=selector) in the system Chromium:
//   node scripts/screenshot.mjs http://127.0.0.1:5173/ docs/screenshot.png 1200 1400
import { chromium } from 'playwright';
const [url, out, width = '1200', height = '900'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: +width, height: +height } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
if (process.env.SCHEME) await page.emulateMedia({ colorScheme: process.env.SCHEME });
await page.goto(url);
await page.waitForTimeout(1500);
if (process.env.CLICK) { await page.locator(process.env.CLICK).first().click(); await page.waitForTimeout(300); }
if (process.env.SHOT) await page.locator(process.env.SHOT).first().screenshot({ path: out }); else await page.screenshot({ path: out, fullPage: true });
await browser.close();
