// GET /img/<name>.png: the pictures of the participant's cards (assets/pictures/png, drawn from the
// committed SVGs by scripts/make-pictures.ts). Served by the bot itself, so Teams fetches them from
// the bot's own https host (PUBLIC_URL); no sign-in, because the Teams client fetches card images
// anonymously. Only the files found at start are served (no path from the request reaches the file
// system), and no name or URL carries participant data: they name an indicator or a scale step.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type restify from 'restify';

// From the sources (tsx: bot/), the build (node: dist/bot/) or the bench's build (build/bench/bot/),
// the assets are in the project root.
export const PICTURE_DIR =
  [['..'], ['..', '..'], ['..', '..', '..']]
    .map((up) => join(__dirname, ...up, 'assets', 'pictures', 'png'))
    .find((d) => existsSync(d)) ?? join(__dirname, '..', 'assets', 'pictures', 'png');

/** The served pictures by file name ("health.png"), read once. */
export function loadPictures(dir = PICTURE_DIR): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(dir).filter((f) => /^[a-z0-9_-]+\.png$/.test(f)))
    out.set(f, readFileSync(join(dir, f)));
  return out;
}

export function registerImageRoute(server: restify.Server, pictures = loadPictures()): void {
  server.get('/img/:name', (req, res, next) => {
    const png = pictures.get(String(req.params?.name ?? ''));
    if (!png) {
      res.send(404, { error: 'no such picture' });
      return next();
    }
    res.writeHead(200, {
      'Content-Type': 'image/png',
      'Content-Length': png.length,
      'Cache-Control': 'public, max-age=86400',
    });
    res.end(png);
    return next();
  });
}
