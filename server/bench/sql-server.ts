import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { rosterUpdate } from './extras';

/**
 * The floor: each workload as one hand-written, prepared SQL statement through `pg` that builds the
 * JSON Mujtama answers with, sent on as text. No GraphQL, no sign-in.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE) });

const statements = {
  offerings: `
    select coalesce(json_agg(json_build_object(
             'id', o.id::text, 'nameAr', o.name_ar, 'kind', o.kind, 'topic', o.topic, 'status', o.status,
             'startDate', o.start_date,
             'center', json_build_object('id', c.id::text, 'nameAr', c.name_ar,
                                         'district', json_build_object('id', d.id::text, 'nameAr', d.name_ar)),
             'roster', (select coalesce(json_agg(json_build_object('id', r.id::text, 'role', r.role, 'since', r.since,
                                                                   'until', r.until) order by r.id), '[]')
                          from roster_entry r where r.offering_id = o.id and r.deleted_at is null))
           order by o.id), '[]')::text as json
      from (select * from program_offering where deleted_at is null order by id limit 50 offset $1) o
      join health_center c on c.id = o.center_id
      join district d on d.id = c.district_id`,
  person: `
    select json_build_object(
             'id', p.id::text, 'nameAr', p.name_ar, 'gender', p.gender, 'birthYear', p.birth_year, 'phone', p.phone,
             'coachingEnrollments', (
               select coalesce(json_agg(json_build_object(
                        'id', e.id::text, 'status', e.status, 'accessRoute', e.access_route,
                        'enrolledOn', e.enrolled_on, 'endedOn', e.ended_on,
                        'sessions', (
                          select coalesce(json_agg(json_build_object(
                                   'id', s.id::text, 'heldOn', s.held_on, 'mode', s.mode, 'progress', s.progress,
                                   'durationMinutes', s.duration_minutes) order by s.held_on desc, s.id desc), '[]')
                            from (select * from coaching_session s
                                   where s.enrollment_id = e.id and s.deleted_at is null
                                   order by s.held_on desc, s.id desc limit 20) s))
                      order by e.id), '[]')
                 from coaching_enrollment e where e.person_id = p.id and e.deleted_at is null))::text as json
      from person p where p.id = $1`,
  people: `
    select json_build_object(
             'totalCount', (select count(*) from person p
                             where p.deleted_at is null and p.gender = $2 and strpos(p.search_key, $1) > 0),
             'nodes', (select coalesce(json_agg(json_build_object(
                                'id', p.id::text, 'nameAr', p.name_ar, 'gender', p.gender,
                                'birthYear', p.birth_year, 'phone', p.phone) order by p.name_ar, p.id), '[]')
                         from (select * from person p
                                where p.deleted_at is null and p.gender = $2 and strpos(p.search_key, $1) > 0
                                order by p.name_ar, p.id limit 20) p))::text as json`,
  rosterUpdate: rosterUpdate(
    `json_build_object('id', id::text, 'version', version, 'notes', notes)::text as json`,
  ),
};

/** The GraphQL field each answer sits under in Mujtama's response. */
const fields = {
  offerings: 'programOfferings',
  person: 'person',
  people: 'people',
  rosterUpdate: 'updateRosterEntry',
};

async function answer(name: keyof typeof statements, values: unknown[], response: ServerResponse) {
  const { rows } = await pool.query<{ json: string }>({ name, text: statements[name], values });
  const json = rows[0]?.json ?? 'null';
  const value = name === 'offerings' ? `{"nodes":${json}}` : json;
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(`{"data":{"${fields[name]}":${value}}}`);
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>;
}

async function route(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const query = url.searchParams;
  switch (url.pathname) {
    case '/health':
      response.end('ok');
      return;
    case '/offerings':
      return answer('offerings', [Number(query.get('offset'))], response);
    case '/person':
      return answer('person', [Number(query.get('id'))], response);
    case '/people':
      return answer('people', [query.get('q'), query.get('gender')], response);
    case '/roster-update': {
      const { id, version, notes } = await readBody(request);
      return answer('rosterUpdate', [id, version, notes], response);
    }
    default:
      response.writeHead(404).end();
  }
}

createServer((request, response) => {
  route(request, response).catch((error: unknown) => {
    console.error(error);
    response.writeHead(500, { 'content-type': 'application/json' });
    response.end(`{"errors":[{"message":"${(error as Error).message.replace(/["\\]/g, '')}"}]}`);
  });
}).listen(Number(process.env.PORT), () => console.log('SQL floor ready'));
