#!/usr/bin/env python3
"""Writes the Axera Pulsar2 and Kneron target files (src/targets/builtin/{ax*,m57,kl*}.json) from the
vendors' public operator tables as collected in ../shared/docs/vendors (ax_ops.json: Pulsar2's
op_support_list per chip; kn_ops.json: Kneron's operators.md rows and footnotes; vendors.md cites
each source and commit). Each footnote becomes rules of the rule library, with the footnote's words
as the rule's note.

    python3 tools/vendor-targets.py            # write the files
    python3 tools/vendor-targets.py --check    # fail when a file differs (CI); skipped without the tables

VENDORS_DIR overrides the tables' folder.
"""
import json, os, re, sys
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT=os.path.join(ROOT,'src','targets','builtin')
V=os.environ.get('VENDORS_DIR', os.path.join(ROOT,'..','shared','docs','vendors'))
CHECK='--check' in sys.argv[1:]
if not os.path.exists(os.path.join(V,'ax_ops.json')):
  print(f'vendor-targets: skipped: the vendor tables are not at {V} (set VENDORS_DIR)')
  sys.exit(0)
ax=json.load(open(f'{V}/ax_ops.json'))
KINDS=set(re.findall(r"'(\w+)'", open(os.path.join(ROOT,'src','ir','op-kinds.ts')).read().split('OP_KINDS = [')[1].split('] as const')[0]))
ALIAS={'Silu':'Swish','Topk':'TopK'}
def kind(op): return ALIAS.get(op, op)

A1='https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/appendix/op_support_list_{}.md'
AXSRC=lambda chip: [
  {"title": f"Pulsar2 operator support list ({chip.upper()}), pulsar2-docs-en @ 83fa86a (Pulsar2 7.0 docs)", "url": A1.format(chip)},
  {"title": "Pulsar2: Neutron NPU versions, npu_mode and resources", "url": "https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/neutron/introduction.md"},
  {"title": "Pulsar2 advanced build guide (--npu_mode, subgraphs, DDR limits)", "url": "https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/user_guides_advanced/advanced_build_guides.md"},
]
NOTSET={"rule":"attr-in","attr":"auto_pad","limit":["NOTSET"]}
def ax_rules(chip):
  t=ax[chip]; r={}
  for op,c in t.items():
    k=kind(op)
    if k not in KINDS: continue
    rules=[]
    small='small sizes' in c
    if op in ('Conv','ConvTranspose','AveragePool','MaxPool'): rules.append(NOTSET)
    if op=='AveragePool': rules.append({"rule":"attr-in","attr":"count_include_pad","limit":["1"],"note":"Checked only when the pool pads: without padding the attribute changes nothing."})
    if op=='ConvTranspose':
      rules += [{"rule":"attr-in","attr":"dilations","limit":["1"]},{"rule":"attr-absent","attr":"output_shape"},{"rule":"tconv-output-padding"}]
    if op=='MaxPool': rules += [{"rule":"attr-in","attr":"dilations","limit":["1"]},{"rule":"attr-in","attr":"storage_order","limit":["0"]}]
    if op in ('ArgMax','ArgMin'): rules.append({"rule":"attr-in","attr":"select_last_index","limit":["0"]})
    if op=='BatchNormalization': rules.append({"rule":"attr-in","attr":"training_mode","limit":["0"],"note":"The table also says 'momentum: Not supported': exporters write momentum on every BatchNormalization and inference ignores it, so it is not checked."})
    if op=='Cast': rules.append({"rule":"output-dtype","limit":["uint8","int8","uint16","int16","uint32","int32","float32"]})
    if op=='CumSum': rules += [{"rule":"attr-in","attr":"exclusive","limit":["0"]},{"rule":"attr-in","attr":"reverse","limit":["0"]}]
    if op=='DepthToSpace' and 'DCR' in c: rules.append({"rule":"attr-in","attr":"mode","limit":["DCR"]})
    if op=='Gather': rules.append({"rule":"indices-rank-max","limit":1})
    if op=='Gemm': rules += [{"rule":"attr-in","attr":"alpha","limit":["1"]},{"rule":"attr-in","attr":"beta","limit":["1"]}]
    if op=='LayerNormalization': rules.append({"rule":"attr-in","attr":"axis","limit":["-1"]})
    if op=='LSTM':
      rules += [{"rule":"attr-absent","attr":a} for a in ('activations','activation_alpha','activation_beta','clip')]
      rules += [{"rule":"attr-in","attr":"input_forget","limit":["0"]},{"rule":"attr-in","attr":"layout","limit":["0"]},
                {"rule":"input-absent","limit":4,"note":"sequence_lens"},{"rule":"input-absent","limit":7,"note":"P (peepholes)"}]
    if op=='Pad': rules += [{"rule":"attr-in","attr":"mode","limit":["constant"]},{"rule":"input-absent","limit":3,"note":"axes"}]
    if op=='Pow': rules.append({"rule":"pow-exponent","limit":[]})
    if op=='PRelu': rules.append({"rule":"prelu-slope"})
    if op.startswith('Reduce'): rules.append({"rule":"attr-in","attr":"noop_with_empty_axes","limit":["0"]})
    if op=='Resize': rules += [{"rule":"attr-in","attr":"mode","limit":["nearest","linear"]},{"rule":"attr-in","attr":"nearest_mode","limit":["round_prefer_ceil"],"note":"Checked for nearest-neighbour resizes only (ONNX reads nearest_mode only then)."}]
    if small: rules.append({"rule":"caution","limit":"Only for small sizes","severity":"warning"})
    r[k]=rules
  # Our IR's names for the same layers: Relu6 is Clip(0, 6), StridedSlice is TFLite's Slice.
  if 'Clip' in r: r['Relu6']=[]
  if 'Slice' in r: r['StridedSlice']=[]
  return r
SPLIT={"split-fused-activations": True}
FUSABLE=['Relu','Relu6','Clip','LeakyRelu','Sigmoid','Tanh','HardSwish','HardSigmoid']
def fused(rules, vendor):
  ok=[a for a in FUSABLE if a in rules]
  return [{"rule":"fused-activation","limit":ok,"note":f"An activation fused into the layer before it must be one the NPU runs on its own ({vendor}'s table)."}]
def nokind(table): return sorted(kind(o) for o in table if kind(o) not in KINDS)
def npu_desc(chip, extra):
  return f"{extra} Placement as if quantized by Pulsar2 (U8/U16 activations): float models are its normal input. Also in the table, with no model-footprint operator kind (they read as Unknown): {', '.join(nokind(ax[chip]))}."
# FITTED on the vendors' published latencies by tools/fit-npu-latency.ts (bench/npu-figures.json):
# per npu_mode an effective MAC rate and a time per NPU layer (test/latency/npu-fit.test.ts refits them).
FIT=json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'npu-latency.json')))['targets']
def npu_cost(name):
  f=FIT.get(name)
  if f is None: return None
  modes=f['modes']
  if list(modes)==['*']:
    return {"macsPerSecond":modes['*']['macsPerSecond'],"perLayerUs":modes['*']['perLayerUs'],"source":f['source']}
  return {"macsPerSecond":max(m['macsPerSecond'] for m in modes.values()),"perMode":modes,"source":f['source']}
AX650_COST=npu_cost('ax650')
CPU={"name":"CPU","kind":"cpu","description":"CPU subgraphs (GraphType.CPU): operators outside the NPU list, run by the Arm cores. Axera publishes no CPU-operator list; Pulsar2 may stop instead (\"dont support onnx.X opr in AXOPS\").",
     "common":[],"rules":{"*":[],"Custom":[{"rule":"no-kernel"}],"Unknown":[{"rule":"no-kernel"}],"If":[{"rule":"no-kernel"}],"Loop":[{"rule":"no-kernel"}],"Scan":[{"rule":"no-kernel"}]}}
DDR=[{"name":"ddr-activations","access":"rw","use":["activations"],"external":True,"description":"DDR: the NPU's on-chip memory (OCM) size is not published, so activations are placed in DDR (unbounded); override pools in a target file"},
     {"name":"ddr-weights","access":"ro","use":["weights"],"external":True,"description":"DDR: weights (npu_params), unbounded"}]
STALE=[]
def write(name, doc):
  text=json.dumps(doc,indent=2,ensure_ascii=False)+'\n'
  path=os.path.join(OUT,f'{name}.json')
  if CHECK:
    if not os.path.exists(path) or open(path,encoding='utf-8').read()!=text: STALE.append(path)
    return
  with open(path,'w',encoding='utf-8') as f: f.write(text)
ax650={"name":"ax650","description":"Axera AX650 / M76H (Neutron v3 NPU: 3 groups of 2 CONV, 1 TENG, 1 SDMA) as compiled by Pulsar2, with Arm cores for CPU subgraphs.",
  "disclaimer":"An estimate of Axera Pulsar2's NPU/CPU partition from its public operator list (Pulsar2 7.0 docs), not Pulsar2: confirm with pulsar2 build.",
  "sources":AXSRC('ax650'),"planner":"st","alignment":4,"options":SPLIT,
  "toolchain":{"name":"Pulsar2","version":"7.0 (op_support_list_ax650.md, pulsar2-docs-en @ 83fa86a)","vocabulary":"pulsar2"},
  "npuModes":["NPU1","NPU2","NPU3"],"npuMode":"NPU1",
  "units":[{"name":"AX650 NPU","kind":"npu","description":npu_desc('ax650','NPU subgraphs (GraphType.NPU). npu_mode NPU1/NPU2/NPU3 uses 1/2/3 resource groups; it changes speed, not which operators run on the NPU.'),"common":[],"rules":ax_rules('ax650'),"cost":AX650_COST},CPU],
  "pools":DDR}
write('ax650',ax650)
def ax_child(name, chip, base, unit, desc, modes, version_file):
  base_rules=ax_rules('ax650') if base=='ax650' else ax_rules(base)
  mine=ax_rules(chip); patch={}
  for k in base_rules:
    if k not in mine: patch[k]=None
  for k,v in mine.items():
    if base_rules.get(k)!=v: patch[k]=v
  d={"extends":base,"name":name,"description":desc,"sources":AXSRC(chip),
     "toolchain":{"name":"Pulsar2","version":f"7.0 ({version_file}, pulsar2-docs-en @ 83fa86a)","vocabulary":"pulsar2"},
     "npuModes":modes,"npuMode":"NPU1",
     "units":[{"from":"AX650 NPU","name":unit,"description":npu_desc(chip,'NPU subgraphs (GraphType.NPU).' + (' npu_mode NPU1 is one vNPU with less OCM; NPU2 the whole NPU.' if len(modes)>1 else '')),"rules":patch,"cost":npu_cost(name)}]}
  write(name,d)
ax_child('ax620e','ax620e','ax650','AX620E NPU','Axera AX620E family (AX630C, AX620Q; Neutron v4 NPU: 1 CONV, 1 TENG, 1 SDMA) as compiled by Pulsar2, with Arm cores for CPU subgraphs.',["NPU1","NPU2"],'op_support_list_ax620e.md')
ax_child('ax615','ax615','ax650','AX615 NPU','Axera AX615 (Neutron v6 NPU: 1 CONV, 1 TENG, 1 SDMA) as compiled by Pulsar2, with Arm cores for CPU subgraphs.',["NPU1","NPU2"],'op_support_list_ax615.md')
ax_child('m57','m57','ax650','M57 NPU','Axera M57 (Neutron v6 NPU: 1 CONV, 1 TENG, 1 DAU, 1 SDMA; single-NPU mode) as compiled by Pulsar2, with Arm cores for CPU subgraphs.',["NPU1"],'op_support_list_m57.md')

# ---------------- Kneron ----------------
kn=json.load(open(f'{V}/kn_ops.json'))
CHIPS=['kl520','kl720','kl530','kl630','kl730']
B1='https://github.com/kneron/document_center/blob/655441ccad20ae4eb70919018b2d92801bbed2bb/docs/toolchain/appendix/operators.md'
R4={"rule":"rank-max","limit":4,"note":"footnote (1): rank <= 4D"}
def fn(cell):
  return cell.split('<sub>')[1].split('<')[0] if '<sub>' in cell else None
AVGPOOL="Kneron's optimizer can replace an AveragePool with a depthwise Conv (kneronnxopt --replace-avgpool-with-conv) to avoid the CPU node; otherwise change the kernel or stride to a listed form."
DEFUSE="Kneron's optimizer can split a large global pool into smaller pools that stay on the NPU (kneronnxopt --defuse-gaps)."
def kn_rules(chip):
  i=CHIPS.index(chip)+1; fam={'kl520':'kl520','kl720':'kl720','kl530':'kl530','kl630':'kl530','kl730':'kl730'}[chip]
  r={}
  for row in kn['rows']:
    op=row[0]; cell=row[i]
    if not cell.startswith('Y'): continue
    k=kind(op)
    if k not in KINDS: continue
    n=fn(cell); rules=[]
    note=lambda: f"footnote ({n}): {kn['notes'][n]}"
    if n=='1': rules=[R4]
    elif n in ('2','3','4'): rules=[{"rule":"kneron-pool","limit":fam,"note":note(),"hint":AVGPOOL}]
    elif n in ('24','25'): rules=[{"rule":"kneron-pool","limit":fam,"note":note()}]
    elif n=='5': rules=[{"rule":"clip-relu","note":note()}]
    elif n=='6': rules=[{"rule":"rank-max","limit":4},{"rule":"kernel-max","limit":12},{"rule":"stride-w-max","limit":16},{"rule":"stride-h-max","limit":4,"note":note()}]
    elif n=='7': rules=[{"rule":"rank-max","limit":4},{"rule":"stride-w-max","limit":16},{"rule":"stride-h-max","limit":4,"note":note()}]
    elif n=='8': rules=[{"rule":"rank-max","limit":4,"note":note()}]
    elif n=='9': rules=[{"rule":"stride-square"},{"rule":"stride-in","limit":[2],"note":note()}]
    elif n=='10': rules=[{"rule":"stride-square","note":note()}]
    elif n=='11': rules=[{"rule":"input-channels","limit":[4]},{"rule":"attr-in","attr":"mode","limit":["CRD"]},{"rule":"attr-in","attr":"blocksize","limit":["2"],"note":note()}]
    elif n=='12': rules=[{"rule":"attr-in","attr":"blocksize","limit":["2","4"],"note":note()}]
    elif n=='14': rules=[]
    elif n=='15': rules=[{"rule":"expand-axes","limit":["row","column"],"note":note()}]
    elif n=='16': rules=[{"rule":"expand-axes","limit":["channel","row","column"],"note":note()}]
    elif n=='17': rules=[{"rule":"attr-in","attr":"axis","limit":["1"],"note":note()}]
    elif n=='18': rules=[{"rule":"single-index","note":note()}]
    elif n=='19': rules=[{"rule":"rank-max","limit":4},{"rule":"global-pool-max","limit":256,"note":note(),"hint":DEFUSE}]
    elif n=='20': rules=[{"rule":"rank-max","limit":4},{"rule":"global-pool-max","limit":16384,"note":note(),"hint":DEFUSE}]
    elif n=='21': rules=[{"rule":"rows-min","limit":4,"note":note()+' (row > 3: at least 4 rows)'}]
    elif n=='22': rules=[{"rule":"matmul-shape","limit":[4,4],"note":note()}]
    elif n=='23': rules=[{"rule":"matmul-shape","limit":[3,5],"note":note()}]
    elif n in ('26','27'): rules=[{"rule":"pad-no-batch"},{"rule":"pad-max","limit":31},{"rule":"pad-zero-constant","note":note()}]
    elif n=='29': rules=[{"rule":"pow-exponent","limit":[2],"note":note()}]
    elif n=='30': rules=[{"rule":"attr-in","attr":"keepdims","limit":["1"],"note":note()}]
    elif n=='31': rules=[{"rule":"attr-in","attr":"keepdims","limit":["1"]},{"rule":"reduce-axes","limit":["channel","row","column"],"note":note()}]
    elif n=='32': rules=[{"rule":"attr-in","attr":"keepdims","limit":["1"]},{"rule":"reduce-axes","limit":["channel"],"note":note()}]
    elif n=='34': rules=[{"rule":"attr-in","attr":"mode","limit":["nearest","linear"]},{"rule":"attr-in","attr":"extrapolation_value","limit":["0"]},{"rule":"rank-max","limit":4},{"rule":"attr-in","attr":"nearest_mode","limit":["floor"]},{"rule":"attr-in","attr":"coordinate_transformation_mode","limit":["half_pixel","pytorch_half_pixel","align_corners","asymmetric","half_pixel_symmetric"],"note":note()+' (phase_init is the compiler\'s, not in the file)'}]
    elif n=='35': rules=[{"rule":"attr-in","attr":"mode","limit":["nearest","linear"]},{"rule":"attr-in","attr":"extrapolation_value","limit":["0"]},{"rule":"rank-max","limit":4},{"rule":"resize-one-axis","note":note()+' (vus_en / hus_en: vertical / horizontal upscaling; phase and delta are the compiler\'s)'}]
    elif n=='36': rules=[{"rule":"attr-in","attr":"mode","limit":["nearest","linear"]},{"rule":"attr-in","attr":"extrapolation_value","limit":["0"],"note":note()}]
    elif n=='37': rules=[{"rule":"rank-max","limit":4},{"rule":"slice-steps-one","note":note()}]
    elif n=='38': rules=[{"rule":"slice-steps-one","note":note()}]
    elif n=='40': rules=[]
    elif n=='41': rules=[{"rule":"attr-in","attr":"blocksize","limit":["2","4"],"note":note()}]
    elif n=='42': rules=[{"rule":"transpose-perms","limit":["0,1,3,2","0,2,1,3"],"note":note()+' (read as: a row/column or a channel/row swap)'}]
    elif n=='43': rules=[{"rule":"transpose-not-batch","note":note()}]
    elif n is not None: raise SystemExit(f'footnote {n} for {op} not handled')
    r[k]=rules
  if 'Clip' in r: r['Relu6']=[]
  if 'Slice' in r: r['StridedSlice']=list(r['Slice'])
  return r
def kn_nokind(chip):
  i=CHIPS.index(chip)+1
  return sorted(row[0] for row in kn['rows'] if row[i].startswith('Y') and kind(row[0]) not in KINDS)
KNSRC=[{"title":"Kneron toolchain: supported operators (document_center operators.md @ 470c8e9, 2026-03-06)","url":B1},
 {"title":"Kneron toolchain: IP evaluator report (fx_report.md)","url":"https://github.com/kneron/document_center/blob/655441ccad20ae4eb70919018b2d92801bbed2bb/docs/toolchain/appendix/fx_report.md"},
 {"title":"Kneron PLUS: device DDR management (model size limits)","url":"https://github.com/kneron/document_center/blob/655441ccad20ae4eb70919018b2d92801bbed2bb/docs/plus_c/feature_guide/device_ddr_management.md"}]
DDRLIM={'kl520':'35MB','kl720':'75MB','kl630':'60MB','kl730':'350MB'}
def kn_pools(chip):
  w={"name":"ddr-model","access":"ro","use":["weights"],"external":True}
  if chip in DDRLIM:
    w["size"]=DDRLIM[chip]; w["description"]=f"device DDR for the model (NEF) uploaded over USB: Kneron PLUS's published limit for {chip.upper()} ({DDRLIM[chip]}; flash-loaded NEFs have a lower one)"
  else:
    w["description"]="device DDR for the model (NEF): Kneron publishes no size limit for KL530"
  return [{"name":"ddr-activations","access":"rw","use":["activations"],"external":True,"description":"device DDR working buffers: on-chip SRAM sizes are not published, so activations are placed in DDR (unbounded; Kneron reserves 15 MB for working buffers)"}, w]
def kn_npu_desc(chip):
  return f"NPU nodes. Placement as if quantized by Kneron's flow (the chip's fixed-point formats): float ONNX is its normal input. Also listed for {chip.upper()}, with no model-footprint operator kind: {', '.join(kn_nokind(chip)) or 'none'}."
KCPU={"name":"CPU","kind":"cpu","description":"CPU nodes: operators the NPU does not run (ioinfo.csv lines starting with 'c,'); Kneron's SDK needs each one implemented and registered.",
  "common":[],"rules":{"*":[],"Custom":[{"rule":"no-kernel"}],"Unknown":[{"rule":"no-kernel"}],"If":[{"rule":"no-kernel"}],"Loop":[{"rule":"no-kernel"}],"Scan":[{"rule":"no-kernel"}]}}
TC={"name":"Kneron toolchain","version":"operators.md @ 470c8e9 (2026-03-06)","vocabulary":"kneron"}
kl720={"name":"kl720","description":"Kneron KL720 NPU as compiled by the Kneron toolchain (ktc, BIE/NEF flow), with CPU nodes on the SoC's cores.",
  "disclaimer":"An estimate of the Kneron toolchain's NPU/CPU node split from its public operator table, not the toolchain: confirm with ktc's IP evaluator.",
  "sources":KNSRC,"planner":"st","alignment":16,"options":SPLIT,"toolchain":TC,
  "units":[{"name":"KL720 NPU","kind":"npu","description":kn_npu_desc('kl720'),"common":[],"rules":kn_rules('kl720'),"cost":npu_cost('kl720')},KCPU],"pools":kn_pools('kl720')}
write('kl720',kl720)
def kn_child(name, base, desc):
  br=kn_rules(base); mine=kn_rules(name); patch={}
  for k in br:
    if k not in mine: patch[k]=None
  for k,v in mine.items():
    if br.get(k)!=v: patch[k]=v
  d={"extends":base,"name":name,"description":desc,
     "units":[{"from":f"{base.upper()} NPU","name":f"{name.upper()} NPU","description":kn_npu_desc(name),"rules":patch,"cost":npu_cost(name)}],"pools":kn_pools(name)}
  write(name,d)
kn_child('kl520','kl720','Kneron KL520 NPU as compiled by the Kneron toolchain (ktc, BIE/NEF flow), with CPU nodes on the SoC\'s cores.')
kn_child('kl530','kl720','Kneron KL530 NPU as compiled by the Kneron toolchain (ktc, BIE/NEF flow), with CPU nodes on the SoC\'s cores.')
kn_child('kl630','kl530','Kneron KL630 NPU as compiled by the Kneron toolchain (ktc, BIE/NEF flow), with CPU nodes on the SoC\'s cores.')
kn_child('kl730','kl530','Kneron KL730 NPU as compiled by the Kneron toolchain (ktc, BIE/NEF flow), with CPU nodes on the SoC\'s cores.')
if STALE:
  print('vendor-targets: stale (run python3 tools/vendor-targets.py): ' + ', '.join(os.path.relpath(p, ROOT) for p in STALE))
  sys.exit(1)
print('vendor-targets: ' + ('up to date' if CHECK else 'wrote') + ' 9 target files')
