// What the browser checks share: Debian's Chromium, and a "person" in a browser context of their
// own (English UI, cookies of their own) with the steps every script takes.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

let axeSource;

/**
 * A person in a browser of their own. `shotPrefix` names their screenshots, e.g. "workshops-educator".
 */
export async function person(browser, baseUrl, shots, shotPrefix) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 },
                                             acceptDownloads: true });
  await context.addCookies([{ name: 'kopiena-lang', value: 'en', url: baseUrl }]);
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const s = {
    page,
    /** Vaadin has answered every request the page made. */
    async ready() {
      await page.waitForFunction(() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
        && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()));
    },
    async go(path) { await page.goto(`${baseUrl}${path}`); await s.ready(); },
    async see(text) { await page.getByText(text, { exact: false }).first().waitFor(); },
    async shot(name) { await page.screenshot({ path: `${shots}/${shotPrefix}-${name}.png`, fullPage: true }); },
    /** Fills in and sends the login form, whatever the answer. */
    async tryLogin(user, password) {
      await page.goto(`${baseUrl}/login`);
      await s.ready();
      await page.locator('input[name="username"]').fill(user);
      await page.locator('input[name="password"]').fill(password);
      await page.locator('vaadin-button[slot="submit"]').click();
      await page.waitForLoadState('load');
      await s.ready();
    },
    async login(user, password = 'demo') {
      await s.tryLogin(user, password);
      await page.waitForURL(url => !url.pathname.startsWith('/login'));
      await s.ready();
    },
    /** Fails on any serious or critical axe-core finding on the page as it is now. */
    async axe(name) {
      axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
      if (bad.length) {
        throw new Error(`axe-core on ${name}: ` + bad.map(v => `${v.id} (${v.impact}): ${v.nodes.length} node(s) `
          + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')).join('; '));
      }
      console.log(`axe-core: ${name} has no serious or critical findings`);
    },
  };
  return s;
}
