import type { Migration } from './runner';

// v0 is the prototype's format: no schemaVersion, a person's manager as `managerId`,
// one `role` string, canvas coordinates on the person and free `notes`.
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const accountV0toV1: Migration = {
  from: 0,
  name: 'managerId to reportsTo links, positions to canvas, role to roles',
  up(doc) {
    const people = Array.isArray(doc.people) ? doc.people.filter(isRecord) : [];
    const links: Record<string, unknown>[] = [];
    const positions: Record<string, { x: number; y: number }> = {};
    const migrated = people.map((p) => {
      const { managerId, x, y, role, notes, ...rest } = p;
      const id = String(p.id);
      if (typeof managerId === 'string' && managerId) {
        links.push({ id: `l_${id}_mgr`, source: id, target: managerId, kind: 'reportsTo' });
      }
      if (typeof x === 'number' && typeof y === 'number') positions[id] = { x, y };
      const roles = Array.isArray(rest.roles) ? rest.roles : typeof role === 'string' && role ? [role] : [];
      const dossier = isRecord(rest.dossier) ? rest.dossier : {};
      return { ...rest, roles, dossier: typeof notes === 'string' ? { ...dossier, notes } : dossier };
    });
    const stamp = typeof doc.updatedAt === 'string' ? doc.updatedAt : '2020-01-01T00:00:00.000Z';
    return {
      ...doc,
      people: migrated,
      links: [...(Array.isArray(doc.links) ? doc.links : []), ...links],
      canvas: { positions },
      createdAt: typeof doc.createdAt === 'string' ? doc.createdAt : stamp,
      updatedAt: stamp,
    };
  },
};
