// The activity part of the acceptance scenario, against the /activities views.

/** Adds an activity, a named participant and a head count of children. */
export async function createActivityWithAttendance(page, baseUrl, title, waitForVaadin, shot) {
  await page.goto(`${baseUrl}/activities`);
  await waitForVaadin();
  await page.locator('vaadin-button', { hasText: 'New activity' }).click();
  const dialog = page.locator('vaadin-dialog-overlay');
  await dialog.waitFor();
  await chooseType(page, dialog);
  await dialog.locator('vaadin-text-field[label="Title"] input').fill(title);
  await dialog.locator('vaadin-text-field[label="Place"] input').fill('Preiļu novada Bērnu un jauniešu centrs');
  await shot('activity-form');
  await dialog.locator('vaadin-button', { hasText: 'Save' }).click();
  await page.waitForURL(url => /\/activities\/\d+/.test(url.pathname));
  await waitForVaadin();

  const participant = page.locator('vaadin-combo-box[label="Add a participant"] input');
  await participant.fill('a');
  const firstOption = page.locator('vaadin-combo-box-item').first();
  await firstOption.waitFor();
  await firstOption.click();
  await waitForVaadin();
  await page.locator('vaadin-integer-field[label="Children"] input').fill('7');
  await page.locator('vaadin-button', { hasText: 'Save head counts' }).click();
  await waitForVaadin();
  await page.getByText('Total 8', { exact: false }).first().waitFor();
  await shot('activity-attendance');
}

/** Finds the activity after a restart, with its attendance. */
export async function verifyActivityWithAttendance(page, baseUrl, title, waitForVaadin, shot) {
  await page.goto(`${baseUrl}/activities`);
  await waitForVaadin();
  const row = page.locator('vaadin-grid-cell-content', { hasText: title }).first();
  await row.waitFor();
  await row.click();
  await page.waitForURL(url => /\/activities\/\d+/.test(url.pathname));
  await waitForVaadin();
  await page.getByText('Total 8', { exact: false }).first().waitFor();
  await shot('activity-after-restart');
}

async function chooseType(page, dialog) {
  const select = dialog.locator('vaadin-select[label="Type"], vaadin-combo-box[label="Type"]').first();
  const tag = await select.evaluate(el => el.localName);
  if (tag === 'vaadin-select') {
    await select.click();
    await page.locator('vaadin-select-item', { hasText: 'Workshop' }).first().click();
  } else {
    await select.locator('input').fill('Workshop');
    await page.locator('vaadin-combo-box-item', { hasText: 'Workshop' }).first().click();
  }
}
