import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Arg, Copy, DockerfileParser, From, Instruction } from 'dockerfile-ast';
import { parse } from 'yaml';

/**
 * docker/Dockerfile and the compose files read as files: no Docker engine runs here, so the specs check what
 * they say and that everything they name exists.
 */
export const root = join(__dirname, '../..');
export const read = (path: string) => readFileSync(join(root, path), 'utf8');

export const COMPOSE_FILES = ['docker/compose.postgres.yml', 'docker/compose.eventstoredb.yml'];

/** `name:tag@sha256:<digest>`: the digest decides what is pulled, the tag says where it was taken from. */
export const PINNED_BY_DIGEST = /^[^\s@]+:[^\s@]+@sha256:[0-9a-f]{64}$/;

export interface Stage {
  name: string | null;
  /** Its FROM's image, with the ARGs declared before the first FROM filled in with their defaults. */
  image: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages, each with the instructions up to the next FROM. */
export function stagesOf(text: string): Stage[] {
  const defaults = new Map<string, string>();
  const stages: Stage[] = [];
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    if (instruction instanceof From) {
      const image = (instruction.getImage() ?? '').replace(
        /\$\{?(\w+)\}?/g,
        (_, name: string) => defaults.get(name) ?? '',
      );
      stages.push({ name: instruction.getBuildStage(), image, instructions: [] });
    } else if (stages.length > 0) {
      stages.at(-1)!.instructions.push(instruction);
    } else if (instruction instanceof Arg && instruction.getProperty()) {
      const property = instruction.getProperty()!;
      defaults.set(property.getName(), property.getValue() ?? '');
    }
  }
  return stages;
}

export const argumentsOf = (instruction: Instruction) =>
  instruction.getArguments().map((arg) => arg.getValue());

export const instructionsOf = (stage: Stage, keyword: string) =>
  stage.instructions.filter((instruction) => instruction.getKeyword() === keyword);

/**
 * What each COPY of a stage copies, where to, with what mode (`null`: the source's own), and from which stage
 * (`null`: the build context).
 */
export const copiesOf = (stage: Stage) =>
  stage.instructions
    .filter((instruction): instruction is Copy => instruction instanceof Copy)
    .map((copy) => {
      const paths = argumentsOf(copy);
      return {
        from: copy.getFromFlag()?.getValue() ?? null,
        sources: paths.slice(0, -1),
        destination: paths.at(-1)!,
        chmod:
          copy
            .getFlags()
            .find((flag) => flag.getName() === 'chmod')
            ?.getValue() ?? null,
      };
    });

export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  ports?: string[];
  networks?: string[] | Record<string, { ipv4_address?: string }>;
}

/** A compose file's services, its YAML anchors merged in. */
export const composeServices = (file: string): Record<string, ComposeService> =>
  parse(read(file), { merge: true }).services;
