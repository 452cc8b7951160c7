/** Says a message through the page's polite live region (rendered by <Enhancements/>). */
export function announce(message: string): void {
  const region = document.getElementById("live-status");
  if (!region) return;
  // Clearing first makes screen readers repeat an identical message.
  region.textContent = "";
  window.setTimeout(() => (region.textContent = message), 50);
}
