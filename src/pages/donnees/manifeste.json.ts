// `/donnees/manifeste.json`: the hashed name of each data file, for code that does not get it
// from its page (loadData() in src/quiz/data-files.ts).
import type { APIRoute } from 'astro';
import { manifestOf } from '../../lib/data-file-emit';
import { dataFiles } from '../../lib/data-files';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(manifestOf(await dataFiles())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
