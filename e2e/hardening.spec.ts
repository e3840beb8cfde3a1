/** What an outside probe found a reader could hit: an election that does not exist, text from the URL. */
import { expect, test } from './support/test.ts';
import { readFileSync } from 'node:fs';
import { serveStatic } from './support/staticServer.ts';

for (const id of ['Canada-2021', 'canada_2021', 'canada-2021%20', 'canada-2030']) {
  test(`?election=${id} says there is no such election, and offers those there are`, async ({ page }) => {
    await page.goto(`/?election=${id}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`There is no election “\u2068${decodeURIComponent(id)}\u2069” on this site`);
    // Never another election's result in its place.
    await expect(page.locator('[data-seat]')).toHaveCount(0);
    const links = alert.getByRole('navigation', { name: 'The elections here:' }).getByRole('link');
    await expect(links).toHaveText(['2025 Canadian federal election', '2021 Canadian federal election', '2019 Canadian federal election']);
    await links.nth(1).click();
    await expect(page.locator('[data-seat]')).toHaveCount(338);
  });
}

test('in French too', async ({ page }) => {
  await page.goto('/fr/?election=Canada-2021');
  await expect(page.getByRole('alert')).toContainText('Il n’y a pas d’élection «\u00a0\u2068Canada-2021\u2069\u00a0» sur ce site');
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'Élection fédérale canadienne de 2025',
    'Élection fédérale canadienne de 2021',
    'Élection fédérale canadienne de 2019',
  ]);
});

test('text from the URL cannot turn the sentence around it: it is isolated and its controls are shown', async ({ page }) => {
  await page.goto('/party/%E2%80%AEcpl%20is%20the%20winner');
  await expect(page.getByRole('alert').locator('h2')).toHaveText(
    'There is no party “\u2068U+202Ecpl is the winner\u2069” in this election.',
  );
});

test('a server that mislabels the data’s encoding is blamed, not the reader’s connection', async ({ page }) => {
  // Content-Encoding: gzip on a plain body: the browser refuses it, and the fetch fails as if the network were down.
  const host = await serveStatic('dist', {
    respond: (pathname, res) => {
      if (pathname !== '/data/canada-2025.json') return false;
      res
        .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
        .end(readFileSync('dist/data/canada-2025.json'));
      return true;
    },
  });
  try {
    await page.goto(`${host.origin}/`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The server sent the data file in a form the browser cannot read');
    await expect(alert).not.toContainText('Check your connection');
  } finally {
    await host.close();
  }
});

test('a setting the page cannot read is said, in the reader’s language, with the values it knows', async ({ page }) => {
  await page.goto('/fr/?seats=tout');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'La valeur «\u00a0\u2068seats=tout\u2069\u00a0» du lien n’est pas connue de cette page\u00a0: elle est ignorée.',
  );
  await expect(alert).toContainText('Valeurs possibles\u00a0: changes, previous.');
  await alert.getByRole('link', { name: 'La même page sans ce réglage' }).click();
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // A value the page reads but this chart cannot take (benches seat by the result; 99 rows): the link drops it too.
  for (const [asked, kept] of [
    ['/fr/?layout=benches&order=spectrum', /\/fr\/\?layout=benches$/],
    ['/fr/?rows=99', /\/fr\/$/],
  ] as const) {
    await page.goto(asked);
    await page.getByRole('alert').getByRole('link', { name: 'La même page sans ce réglage' }).click();
    await expect(page).toHaveURL(kept);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
});
