export { mapToTarget, mapNodeToTarget, unitRefs, computesOnIntegers, ruleContext } from './map.js';
export { buildEpochs, type Epoch, type Epochs } from './epochs.js';
export { placePools, type PoolsResult, type PoolUsage, type PlacedInPool, type WeightSegment } from './pools.js';
export { parseMemoryPoolFile, toMemoryPoolFile, withMemoryPools } from './pool-file.js';
export type { Mapping, LayerMapping, MappingReason, MappingWarning, UnitClass } from './types.js';
export { buildPartition, type Partition, type Subgraph, type CpuNode, type Vocabulary } from './partition.js';
