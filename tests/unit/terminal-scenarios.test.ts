// The guided scenarios of the practice terminal (src/quiz/terminal/scenarios): their files are the
// course's, and each step turns green on the state the simulated Docker reaches, whatever
// equivalent commands led there: at least two correct ways per step, and a near miss refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Node loads every on-demand part of the simulator at once (the page uses Sim.prepare).
import '../../src/quiz/terminal/eager';
import { SCENARIO_CATALOGUE } from '../../src/quiz/terminal/scenarios/catalogue';
import { tpFiles } from './terminal-tp-files';
import { advance, loadScenario, startScenario, type Scenario } from '../../src/quiz/terminal/scenarios';
import { niveau1 } from '../../src/quiz/terminal/scenarios/niveau-1';
import { niveau2 } from '../../src/quiz/terminal/scenarios/niveau-2';
import { niveau4 } from '../../src/quiz/terminal/scenarios/niveau-4';

const SCENARIOS = [niveau1, niveau2, niveau4];
const scenarioById = (id: string) => SCENARIOS.find((s) => s.id === id);

const T0 = new Date(2026, 11, 6, 9).getTime();

/** Runs the commands in a fresh scenario (a clock that moves a second per command); returns the steps reached and the outputs. */
function play(scenario: Scenario, commands: readonly string[]) {
  let t = T0;
  const sim = startScenario(scenario, { now: () => (t += 1000) });
  let done: string[] = [];
  const outputs: string[] = [];
  for (const command of commands) {
    outputs.push(sim.run(command).output);
    done = advance(scenario, sim.state, done);
  }
  return { done, outputs, sim };
}

/** The course's solution of every step before `stepId`. */
const before = (scenario: Scenario, stepId: string) =>
  scenario.steps.slice(0, scenario.steps.findIndex((s) => s.id === stepId)).flatMap((s) => s.solution);

interface Case {
  step: string;
  /** Two different correct ways (or more), each after the course's solution of the steps before. */
  ways: string[][];
  /** Close but wrong: the step must not turn green. */
  nearMisses: string[][];
}

function checkCases(id: string, cases: Case[], runnable = true) {
  const scenario = scenarioById(id)!;
  describe.skipIf(!runnable)(scenario.title, () => {
    it('a un cas de test pour chaque étape', () => {
      expect(cases.map((c) => c.step)).toEqual(scenario.steps.map((s) => s.id));
    });
    it('la solution du cours, étape après étape, réussit tout le scénario', () => {
      const { done, outputs } = play(scenario, scenario.steps.flatMap((s) => s.solution));
      expect(done, outputs.join('\n---\n')).toEqual(scenario.steps.map((s) => s.id));
    });
    for (const c of cases) {
      const index = scenario.steps.findIndex((s) => s.id === c.step);
      const prefix = before(scenario, c.step);
      it.each(c.ways.map((w) => [w.join(' ; '), w] as const))(`${c.step} : réussie par %s`, (_name, way) => {
        const { done, outputs } = play(scenario, [...prefix, ...way]);
        expect(done.length, outputs.join('\n---\n')).toBeGreaterThan(index);
      });
      it.each(c.nearMisses.map((w) => [w.join(' ; '), w] as const))(`${c.step} : pas réussie par %s`, (_name, miss) => {
        const { done } = play(scenario, [...prefix, ...miss]);
        expect(done).toEqual(scenario.steps.slice(0, index).map((s) => s.id));
      });
    }
  });
}

checkCases('niveau-1', [
  {
    step: 'lancer-nginx',
    ways: [
      ['docker run -d --name web -p 8080:80 nginx:1.30'],
      ['docker pull nginx:1.30', 'docker create --name=web --publish 8080:80 nginx:1.30', 'docker start web'],
      ['docker container run --detach -p 0.0.0.0:8080:80/tcp --name web docker.io/library/nginx:1.30'],
    ],
    nearMisses: [
      ['docker run -d --name web -p 80:8080 nginx:1.30'],
      ['docker run -d --name webb -p 8080:80 nginx:1.30'],
      ['docker run -d --name web -p 8080:80 nginx:1.30-alpine'],
      ['docker create --name web -p 8080:80 nginx:1.30'],
    ],
  },
  {
    step: 'supprimer-web',
    ways: [['docker stop web', 'docker rm web'], ['docker rm -f web'], ['docker kill web', 'docker container rm web']],
    nearMisses: [['docker stop web'], ['docker rm web']],
  },
  {
    step: 'montage-lie',
    ways: [
      ['cd tp1', 'docker run -d --name website -v "$PWD/website:/usr/share/nginx/html" -p 8081:80 --rm nginx:1.30-alpine'],
      ['docker run -d --mount type=bind,source=/home/etudiant/tp/tp1/website,target=/usr/share/nginx/html/ -p 8081:80 nginx:1.30-alpine'],
      ['cd tp1/website', 'docker run -d -p 8081:80 -v "$(pwd):/usr/share/nginx/html:ro" nginx:1.30-alpine'],
    ],
    nearMisses: [
      ['cd tp1', 'docker run -d --name website -v "$PWD:/usr/share/nginx/html" -p 8081:80 nginx:1.30-alpine'],
      ['cd tp1', 'docker run -d --name website -v "$PWD/website:/usr/share/nginx/html" -p 8080:80 nginx:1.30-alpine'],
      ['cd tp1', 'docker run -d --name website -v website:/usr/share/nginx/html -p 8081:80 nginx:1.30-alpine'],
    ],
  },
  {
    step: 'construire-image',
    ways: [['docker build -t mon-site:1.0 .'], ['cd ..', 'docker build --tag mon-site:1.0 tp1'], ['docker image build -t mon-site:1.0 -f Dockerfile .']],
    nearMisses: [['docker tag nginx:1.30-alpine mon-site:1.0'], ['docker build -t mon-site .'], ['docker build -t mon-site:1.1 .']],
  },
  {
    step: 'lancer-mon-site',
    ways: [
      ['docker stop website', 'docker run -d --name mon-site -p 8081:80 mon-site:1.0'],
      ['docker rm -f website', 'docker run --detach --publish 8081:80 --name mon-site mon-site:1.0'],
    ],
    nearMisses: [
      ['docker run -d --name mon-site -p 8081:80 mon-site:1.0'],
      ['docker stop website', 'docker run -d --name mon-site -p 8082:80 mon-site:1.0'],
      ['docker stop website', 'docker run -d --name mon-site -p 8081:80 nginx:1.30-alpine'],
    ],
  },
  {
    step: 'nettoyer',
    ways: [['docker rm -f mon-site', 'docker rmi mon-site:1.0'], ['docker stop mon-site', 'docker rm mon-site', 'docker image rm mon-site:1.0']],
    nearMisses: [['docker rm -f mon-site'], ['docker rmi mon-site:1.0']],
  },
]);

checkCases('niveau-2', [
  {
    step: 'fichier-env',
    ways: [
      ['cd tp2-wordpress', "cat > .env <<'EOF'\nMYSQL_ROOT_PASSWORD=change-moi-root\nMYSQL_PASSWORD=change-moi-wp\nEOF"],
      ['echo "MYSQL_ROOT_PASSWORD=secret" > tp2-wordpress/.env', 'echo "MYSQL_PASSWORD=autre" >> tp2-wordpress/.env'],
    ],
    nearMisses: [
      ['cd tp2-wordpress', 'echo "MYSQL_ROOT_PASSWORD=secret" > .env'],
      ["cat > .env <<'EOF'\nMYSQL_ROOT_PASSWORD=change-moi-root\nMYSQL_PASSWORD=change-moi-wp\nEOF"],
    ],
  },
  {
    step: 'demarrer',
    ways: [['docker compose up -d'], ['docker compose --file compose.yaml up --detach'], ['cd ..', 'docker compose -f tp2-wordpress/compose.yaml --project-directory tp2-wordpress up -d']],
    nearMisses: [['docker compose create'], ['docker compose -p autre up -d']],
  },
  {
    step: 'arreter',
    ways: [['docker compose down'], ['docker rm -f tp2-wordpress-db-1 tp2-wordpress-wordpress-1']],
    nearMisses: [['docker compose down -v'], ['docker compose stop']],
  },
  {
    step: 'redemarrer',
    ways: [['docker compose up -d'], ['docker compose up --detach db wordpress']],
    nearMisses: [['docker compose up -d db'], ['docker compose create']],
  },
  {
    step: 'nettoyer',
    ways: [['docker compose down -v'], ['docker compose down', 'docker volume rm tp2-wordpress_db_data tp2-wordpress_wp_data']],
    nearMisses: [['docker compose down'], ['docker compose down', 'docker volume rm tp2-wordpress_db_data']],
  },
]);

// The course's Flask image starts `gunicorn`, installed by `pip install`: until the engine runs
// it (term-engine/term-build: « until the engine boots gunicorn »), level 4 cannot start, and its
// cases wait; this probe turns them on by itself once it does.
const level4Runs = (() => {
  const sim = startScenario(niveau4);
  sim.run('cd tp4-prod');
  sim.run('docker compose up -d --build');
  return sim.state.containers.some((c) => c.labels['com.docker.compose.service'] === 'app' && c.state === 'running');
})();
if (!level4Runs) it.todo('niveau 4 : le Docker simulé ne démarre pas encore gunicorn (image tp4-flask:1.0 du cours) ; ses cas attendent');

checkCases('niveau-4', [
  {
    step: 'demarrer',
    ways: [['cd tp4-prod', 'docker compose up -d --build'], ['cd tp4-prod', 'docker compose build', 'docker compose up --detach']],
    nearMisses: [['cd tp4-prod', 'docker compose up -d --build --scale app=2'], ['cd tp4-prod', 'docker compose up -d --build redis app']],
  },
  {
    step: 'echelle',
    ways: [
      ['docker compose up -d --scale app=5', 'docker compose restart lb'],
      ['docker compose up -d --scale app=5', 'docker compose stop lb', 'docker compose start lb'],
    ],
    nearMisses: [['docker compose up -d --scale app=5'], ['docker compose up -d --scale app=4', 'docker compose restart lb']],
  },
  {
    step: 'nettoyer',
    ways: [['docker compose down -v'], ['docker compose down', 'docker volume rm tp4-prod_redis_data']],
    nearMisses: [['docker compose down'], ['docker compose stop']],
  },
], level4Runs);

describe('les scénarios', () => {
  it('se chargent chacun par son identifiant ; un identifiant inconnu est le mode libre', async () => {
    for (const s of SCENARIOS) expect(await loadScenario(s.id)).toBe(s);
    expect(await loadScenario('libre')).toBeUndefined();
  });

  it('reprennent le catalogue, étape par étape (titres et objectifs écrits une fois)', () => {
    expect(SCENARIOS.map((s) => [s.id, s.title, s.steps.map((x) => [x.id, x.goal])])).toEqual(
      SCENARIO_CATALOGUE.map((s) => [s.id, s.title, s.steps.map((x) => [x.id, x.goal])]),
    );
  });

  it('ont des identifiants stables en kebab-case, uniques dans leur scénario', () => {
    for (const s of SCENARIOS) {
      expect(s.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const ids = s.steps.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('mènent chacun à une section qui existe sur la page des travaux pratiques', () => {
    const page = readFileSync('src/content/docs/pratique/travaux-pratiques.mdx', 'utf8');
    for (const s of SCENARIOS) {
      const title = s.section.split('#')[1]!;
      const headings = [...page.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-'));
      expect(headings).toContain(decodeURIComponent(title));
      // The page opens this scenario's terminal.
      expect(page).toContain(`<TerminalLauncher scenario="${s.id}" />`);
    }
  });

  it('partent des fichiers exactement tels que la page du cours les donne', () => {
    for (const s of SCENARIOS) {
      const page = Object.entries(tpFiles(Number(s.id.replace('niveau-', ''))));
      for (const [path, content] of Object.entries(s.files)) {
        const block = page.find(([title]) => path.endsWith(`/${title}`));
        expect(block?.[1], path).toBe(content);
      }
    }
  });

  it('un contrôle qui lève une exception est une étape non réussie, pas un terminal cassé', () => {
    const broken: Scenario = { ...scenarioById('niveau-1')!, steps: [{ ...scenarioById('niveau-1')!.steps[0]!, check: () => { throw new Error('x'); } }] };
    expect(advance(broken, startScenario(broken).state, [])).toEqual([]);
  });
});
