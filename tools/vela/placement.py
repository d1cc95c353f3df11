#!/usr/bin/env python3
"""Records Arm Vela's NPU/CPU placement of every TFLite file in the corpus manifest.

Run by hand where Vela is installed (it is not a dependency of this project):
    pip install ethos-u-vela==3.10.0   # or: Debian python3-numpy python3-flatbuffers python3-lxml + the Vela sources
    python3 tools/vela/placement.py ../shared/models test/reference/vela-3.10-placement.json

For each model, Vela compiles it for ethos-u55-128 (default system config and memory mode) and
the operators left outside its `ethos-u` custom operator in the output file are the CPU
operators: their builtin name and the names of their output tensors. Vela's own performance
estimate of the NPU part is recorded too (`npuMs`: its "Batch Inference time", NPU only).
"""
import contextlib, csv, io, json, os, sys, tempfile

from ethosu.vela.vela import main as vela_main
from ethosu.vela.tflite.Model import Model
from ethosu.vela.tflite.BuiltinOperator import BuiltinOperator
from ethosu.vela._version import __version__

NAMES = {v: k for k, v in vars(BuiltinOperator).items() if not k.startswith('_')}


def cpu_ops(path):
    buf = open(path, 'rb').read()
    m = Model.GetRootAsModel(buf, 0)
    codes = []
    for i in range(m.OperatorCodesLength()):
        c = m.OperatorCodes(i)
        code = max(c.BuiltinCode(), c.DeprecatedBuiltinCode())
        codes.append((NAMES.get(code, str(code)), (c.CustomCode() or b'').decode()))
    sg = m.Subgraphs(0)
    out = []
    for i in range(sg.OperatorsLength()):
        op = sg.Operators(i)
        name, custom = codes[op.OpcodeIndex()]
        if name == 'CUSTOM' and custom == 'ethos-u':
            continue
        outs = [sg.Tensors(op.Outputs(j)).Name().decode() for j in range(op.OutputsLength()) if op.Outputs(j) >= 0]
        out.append({'op': custom if name == 'CUSTOM' else name, 'outputs': outs})
    return out


def main(root, out_path):
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(root, 'MANIFEST.tsv'))][1:]
    result = {'vela': __version__, 'accelerator': 'ethos-u55-128', 'models': {}}
    for row in rows:
        f = row[0]
        if not f.endswith('.tflite'):
            continue
        with tempfile.TemporaryDirectory() as d:
            log = io.StringIO()
            with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
                try:
                    rc = vela_main([os.path.join(root, f), '--accelerator-config', 'ethos-u55-128', '--output-dir', d])
                except BaseException as e:  # Vela raises on models it cannot compile
                    rc = f'{type(e).__name__}: {e}'
            outs = [x for x in os.listdir(d) if x.endswith('_vela.tflite')]
            if rc not in (0, None) or not outs:
                result['models'][f] = {'error': str(rc)}
                continue
            entry = {'cpu': cpu_ops(os.path.join(d, outs[0]))}
            # The summary CSV Vela writes next to the output: its NPU inference time estimate.
            summaries = [x for x in os.listdir(d) if x.endswith('.csv') and 'summary' in x]
            if summaries:
                with open(os.path.join(d, summaries[0])) as s:
                    row = next(csv.DictReader(s), None)
                if row and row.get('inference_time'):
                    entry['npuMs'] = round(float(row['inference_time']) * 1000, 6)
            result['models'][f] = entry
    # Vela prints its summaries to stdout: the result goes to its own file.
    with open(out_path, 'w') as out:
        json.dump(result, out, indent=1, sort_keys=True)
        out.write('\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
