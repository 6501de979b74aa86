import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage();
await page.setContent(`<div id=c style="position:relative;width:1200px;height:600px"></div>`);
console.log(await page.evaluate(async (n) => {
  const c = document.getElementById('c');
  for (let i = 0; i < n; i++) { const b = document.createElement('button'); b.style.cssText = `position:absolute;left:${i*7}px;top:${i%5*50}px;width:60px;height:30px`; b.textContent = 'Label ' + i; c.append(b); }
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await frame();
  const b = c.children[0]; const ts = [];
  for (let i = 0; i < 9; i++) { b.style.left = (100 + i) + 'px'; const t = performance.now(); c.getBoundingClientRect(); ts.push(performance.now() - t); await frame(); }
  return ts.sort((a, b) => a - b)[4];
}, Number(process.env.N ?? 150)));
await browser.close();
