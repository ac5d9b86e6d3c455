/**
 * How fast the player's clock runs: 1 normally. End-to-end tests open the app with
 * `?playerSpeed=50` so a 30-second hold passes in well under a second.
 */
export function playerSpeed(search: string): number {
  const value = Number(new URLSearchParams(search).get('playerSpeed') ?? '1');
  return Number.isFinite(value) && value >= 1 && value <= 1000 ? value : 1;
}
