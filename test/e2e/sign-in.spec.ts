import { expect, test } from '@playwright/test';
import { ERIK, expectAccessible, signIn } from './support';

test('sign in: a wrong password shows the Swedish error, the right one opens the start page', async ({ page }) => {
  await page.goto('/');
  // Not signed in: sent to the sign-in page, and back to where you wanted afterwards.
  await expect(page).toHaveURL(/\/logga-in\?next=%2F$/);
  await expect(page).toHaveTitle('Logga in – Nätverkshubben');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expectAccessible(page);

  await page.getByLabel('E-postadress').fill(ERIK.email);
  await page.getByLabel('Lösenord').fill('fel-lösenord-123');
  await page.getByRole('button', { name: 'Logga in' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Kontrollera e-postadress och lösenord och försök igen.');
  await expectAccessible(page);

  await page.getByLabel('Lösenord').fill(ERIK.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen, Erik' })).toBeVisible();
  await expect(page).toHaveTitle('Start – Nätverkshubben');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  // His networks, and what was posted in them lately (the demo has posts there too).
  await expect(page.getByRole('region', { name: 'Mina nätverk' }).getByRole('link', { name: 'Nätverket för upphandlare' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Senaste i dina nätverk' }).getByRole('article').first()).toBeVisible();
  await expectAccessible(page);

  // The session survives a reload (httpOnly cookie + GET /auth/session).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen, Erik' })).toBeVisible();

  // Navigation moves focus to the new page's heading.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Personer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeFocused();
  await expect(page).toHaveTitle('Personer – Nätverkshubben');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await page.goto('/profil');
  await expect(page).toHaveURL(/\/logga-in\?next=%2Fprofil$/);
});

test('English switch: the choice is kept and <html lang> follows', async ({ page }) => {
  await signIn(page, ERIK);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Erik' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Networks' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});

test('a keyboard-only sign-in works on a 320 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/logga-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expectAccessible(page);

  // The first Tab reaches the skip link, which takes focus to the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  const email = page.getByLabel('E-postadress');
  for (let i = 0; i < 10 && !(await email.evaluate((el) => el === el.ownerDocument.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(email).toBeFocused();
  await page.keyboard.type(ERIK.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Lösenord')).toBeFocused();
  await page.keyboard.type(ERIK.password);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Logga in' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen, Erik' })).toBeVisible();

  // Nothing forces sideways scrolling at 320 px (WCAG 1.4.10).
  const overflow = await page.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);

  // The main menu is reachable by keyboard too.
  const networks = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nätverk' });
  for (let i = 0; i < 15 && !(await networks.evaluate((el) => el === el.ownerDocument.activeElement)); i++)
    await page.keyboard.press('Shift+Tab');
  await expect(networks).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nätverk' })).toBeFocused();
  const overflowNetworks = await page.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflowNetworks).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
