// dist/data/schema.json: JSON Schema of the open data, generated from the zod schema it is built against.
import type { APIRoute } from 'astro';
import { openDataSchema } from '../../lib/open-data.ts';

export const GET: APIRoute = () =>
  new Response(openDataSchema(), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
