// The hashed data files (`/donnees/questions-<hash>.json`, `/donnees/cartes-<hash>.json`).
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles } from '../../lib/data-files';

export const getStaticPaths = (async () =>
  Object.values(await dataFiles()).map((file) => ({ params: { fichier: file.name }, props: { body: file.body } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
