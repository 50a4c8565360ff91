/**
 * Copying a section's address, in whatever way the reader's browser allows, and saying so to
 * screen readers. Browser only.
 */

export type CopyOutcome = 'copied' | 'in-address-bar';

/** The page's address with `#id` (any other hash replaced). */
export const sectionUrl = (id: string) => new URL(`#${id}`, window.location.href).href;

/** The old way, for pages not served over HTTPS (no Clipboard API): copy a selected, off-screen text field. */
function copyBySelecting(text: string): boolean {
  const active = document.activeElement as HTMLElement | null;
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.top = '-100px';
  field.style.opacity = '0';
  document.body.appendChild(field);
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  active?.focus();
  return copied;
}

/**
 * Copies the section's address: with the Clipboard API, else by selecting it, else (no way to
 * copy at all) puts it in the address bar, without scrolling, for the reader to copy from there.
 */
export async function copySectionLink(id: string): Promise<CopyOutcome> {
  const url = sectionUrl(id);
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(url);
      return 'copied';
    }
  } catch {
    // Refused (no permission, or the page is not focused): try the next way.
  }
  if (copyBySelecting(url)) return 'copied';
  window.history.replaceState(window.history.state, '', url);
  return 'in-address-bar';
}

const STATUS_ID = 'copy-link-status';

/**
 * The page's one live region for these messages. Made as soon as a heading with a copy button is
 * on the page, so that it is there, empty, before its first message (screen readers skip a live
 * region's first words if it appears with them).
 */
export function statusRegion(): HTMLElement {
  let region = document.getElementById(STATUS_ID);
  if (!region) {
    region = document.createElement('div');
    region.id = STATUS_ID;
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    // Visually hidden, read by screen readers.
    region.style.cssText = 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
    document.body.appendChild(region);
  }
  return region;
}

/** Says `message` in the live region (emptied first, so the same message twice is read twice). */
export function announce(message: string): void {
  const region = statusRegion();
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
