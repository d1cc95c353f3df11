#!/usr/bin/env python3
"""
Kernel scratch sizes of ST Edge AI Core, per layer, from the files ST's tool generated in public
projects: `network.c` (the C-Arrays and tensor shapes) and `*_c_info.json` (buffers and nodes).
Writes test/reference/st-scratch-layers.json, the oracle of test/memory/st-scratch-layers.test.ts.

    python3 tools/st-scratch/extract.py OUT.json MIRROR[:PATHSPEC] ...

MIRROR is a bare git directory of the project (every commit touching a matching file is read);
PATHSPEC a git pathspec (default: every network.c-style file and c_info.json). Only the numbers are
kept (kernel, channels, kernel size, groups, per-channel weights, input scale, scratch bytes) with
the repository, commit, file and layer they come from; no generated code is copied.
"""
import json
import re
import subprocess
import sys


def git(mirror, *args):
    return subprocess.run(['git', '--git-dir', mirror, *args], capture_output=True, check=False).stdout


def item_bytes(fmt):
    for tag, size in (('S8', 1), ('U8', 1), ('S16', 2), ('U16', 2), ('S32', 4), ('U32', 4), ('FLOAT', 4)):
        if f'FORMAT_{tag}' in fmt:
            return size
    raise ValueError(f'unknown array format {fmt}')


def rows_from_network_c(src):
    arrays = {m.group(1): (m.group(2), int(m.group(3))) for m in re.finditer(r'AI_ARRAY_OBJ_DECLARE\(\s*(\w+)_array,\s*([\w|]+),\s*\w+,\s*\w+,\s*(\d+),', src)}
    shapes = {m.group(1): [int(x) for x in m.group(2).split(',')][1:]
              for m in re.finditer(r'AI_TENSOR_OBJ_DECLARE\(\s*(\w+),\s*\w+,\s*\d+,\s*0x\w+,\s*AI_SHAPE_INIT\((\d+(?:,\s*\d+)*)\)', src)}
    intq = {m.group(1): int(m.group(2)) for m in re.finditer(r'AI_INTQ_INFO_LIST_OBJ_DECLARE\((\w+)_array_intq,\s*\w+,\s*[\w|]+,\s*(\d+)', src)}
    chains = {}
    for m in re.finditer(r'AI_TENSOR_CHAIN_OBJ_DECLARE\(\s*(\w+)_chain,\s*\w+,\s*\d+,(.*?)\n\)', src, re.S):
        lists = re.findall(r'AI_TENSOR_LIST_OBJ_(?:INIT\(AI_FLAG_NONE,\s*\d+((?:,\s*(?:&\w+|NULL))*)\)|EMPTY)', m.group(2))
        chains[m.group(1)] = [[x.strip().lstrip('&') for x in part.split(',') if x.strip() and x.strip() != 'NULL'] for part in lists]
    for m in re.finditer(r'AI_LAYER_OBJ_DECLARE\(\s*(\w+)_layer,\s*\d+,\s*(\w+),\s*0x\w+,\s*\w+,\s*\w+,\s*(\w+),(.*?)\n\)', src, re.S):
        name, _, fn, rest = m.groups()
        chain = chains.get(name)
        if not chain or len(chain) < 4 or not chain[3] or not chain[0] or not chain[1]:
            continue
        x, y = shapes.get(chain[0][0]), shapes.get(chain[1][0])
        w_name = chain[2][0] if chain[2] else None
        w = shapes.get(w_name) if w_name else None
        scratch = [arrays.get(s, (None, None)) for s in chain[3]]
        if x is None or y is None or any(b is None for _, b in scratch):
            continue
        # activation shapes are (batch, channels, width, height); weights (in, kw, kh, out)
        groups = re.search(r'\.groups = (\d+)', rest)
        # the C-Arrays count items: bytes = items * the format's element size
        row = {'layer': name, 'kernel': fn, 'cin': x[1], 'cout': y[1], 'scratchBytes': [b * item_bytes(f) for f, b in scratch]}
        if fn.startswith('forward_conv2d') or fn.startswith('forward_pw') or fn.startswith('forward_dw'):
            if w is None:
                continue
            row.update(k=w[1] * w[2], groups=int(groups.group(1)) if groups else 1, perChannel=(intq.get(w_name) or 1) > 1)
        elif fn.startswith('forward_dense'):
            row.update(perChannel=(intq.get(w_name) or 1) > 1)
        else:
            continue
        yield row


def rows_from_c_info(doc):
    buffers = {b['id']: b for b in doc['buffers']}
    for node in doc['graphs'][0]['nodes']:
        scratch = [buffers[s] for s in node.get('scratchs', []) if s in buffers]
        fns = node.get('sw_functions') or []
        if not scratch or not fns:
            continue
        fn = fns[0]
        ins = [buffers[i] for i in node['inputs'] if i in buffers]
        outs = [buffers[o] for o in node['outputs'] if o in buffers]
        if not ins or not outs:
            continue
        attrs = node.get('attributes', {})
        row = {'layer': node['name'], 'kernel': fn, 'scratchBytes': [b['size_bytes'] for b in scratch]}
        x, y = ins[0], outs[0]
        if fn == 'forward_sm_integer':
            params = [int(v) for v in re.findall(r'-?\d+', attrs.get('params', ''))]
            scales = x.get('intq', {}).get('scales') or []
            if len(params) != 3 or not scales:
                continue
            row.update(classes=x['shape'][-1], inputScale=scales[0], beta=1, diffMin=params[2])
        elif fn.startswith('forward_dense_integer'):
            w = ins[1] if len(ins) > 1 else None
            row.update(cin=x['shape'][-1], cout=y['shape'][-1], perChannel=len((w or {}).get('intq', {}).get('scales') or []) > 1)
        elif 'sssa8' in fn and len(ins) > 1:
            w = ins[1]
            size = [int(v) for v in re.findall(r'\d+', attrs.get('filter_size', ''))]
            groups = int(attrs.get('groups', '1'))
            cin = x['shape'][-1]
            row.update(cin=cin, cout=y['shape'][-1], k=size[0] * size[1] if len(size) == 2 else None, groups=groups,
                       perChannel=len(w.get('intq', {}).get('scales') or []) > 1)
            if attrs.get('is_depthwise') == 'True':
                row['groups'] = cin
            if row['k'] is None:
                continue
        else:
            continue
        yield row


def main():
    out, sources = sys.argv[1], sys.argv[2:]
    rows, seen = [], set()
    for source in sources:
        mirror, _, spec = source.partition(':')
        specs = [spec] if spec else ['*.c', '*c_info.json']
        repo = re.sub(r'^.*/\.mirror/([^/]+)/repo/?$', r'\1', mirror).replace('+', '/', 1)
        listing = git(mirror, 'log', '--all', '--format=C %H', '--name-only', '--', *specs).decode(errors='replace')
        commit = None
        for line in listing.splitlines():
            if line.startswith('C '):
                commit = line[2:]
                continue
            path = line.strip()
            if not path:
                continue
            text = git(mirror, 'show', f'{commit}:{path}').decode(errors='replace')
            if not text:
                continue
            if path.endswith('.json'):
                try:
                    doc = json.loads(text)
                    found = list(rows_from_c_info(doc))
                    tool = doc['environment']['tools'][0]['version']
                except (ValueError, KeyError, IndexError, TypeError):
                    continue
            else:
                if 'AI_LAYER_OBJ_DECLARE' not in text:
                    continue
                found = list(rows_from_network_c(text))
                tool = None
            for row in found:
                key = tuple((k, json.dumps(v)) for k, v in sorted(row.items()) if k != 'layer')
                if key in seen:
                    continue
                seen.add(key)
                rows.append({**row, 'source': {'repo': repo, 'commit': commit, 'path': path, **({'tool': tool} if tool else {})}})
    rows.sort(key=lambda r: (r['kernel'], r.get('cin', 0), r.get('k', 0), r.get('cout', 0)))
    doc = {
        '$comment': 'ST Edge AI Core kernel scratch sizes per layer, read from public projects by tools/st-scratch/extract.py: '
                    'network.c C-Arrays (tool 2.x, from the file dates) and c_info.json buffers. One row per distinct geometry.',
        'layers': rows,
    }
    with open(out, 'w') as f:
        json.dump(doc, f, indent=1)
        f.write('\n')
    print(f'{len(rows)} distinct layers from {len(sources)} sources -> {out}')


if __name__ == '__main__':
    main()
