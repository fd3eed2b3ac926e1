"""Reviewed expected findings for every file of ../shared/corpus/real (codes and pointers;
MEP001 by line:column). Each file has a comment that justifies its findings against the MindIE
reference (section numbers refer to ../shared/docs/mindie-config-reference.md). The corpus test
fails on any change: update this file only after reviewing the difference."""

EXPECTED = {

    # Stock 2025-12 default file: valid JSON, every required key present (ref 1.2); only infos for the
    # kmc*/*PkPwd keys that the 3.0.0 default dropped and 3.0 ignores (MEP105, ref 1.2, 1.4).
    '01-mindie-llm-default-config-2025-12.json': [
        ({}, [
            'MEP105 /ServerConfig/tlsPkPwd',
            'MEP105 /ServerConfig/managementTlsPkPwd',
            'MEP105 /ServerConfig/metricsTlsPkPwd',
            'MEP105 /ServerConfig/kmcKsfMaster',
            'MEP105 /ServerConfig/kmcKsfStandby',
            'MEP105 /ServerConfig/interCommPkPwd',
            'MEP105 /BackendConfig/interNodeTlsPkPwd',
            'MEP105 /BackendConfig/interNodeKmcKsfMaster',
            'MEP105 /BackendConfig/interNodeKmcKsfStandby',
        ]),
    ],

    # Stock 3.0.0 default file (ref 1.2): clean.
    '02-mindie-llm-default-config-v3.0.0.json': [
        ({}, [
        ]),
    ],

    # EP doc ep_level 2 snippet, a ModelDeployConfig fragment with a trailing comma (ref 5 item 2).
    # As a file: MEP001 fragment. With --fragment: MEP211, moe_tp is unset so it defaults to W >=
    # moe_ep, and dynamic EP needs moe_tp 1 (ref 2.3, 5 item 4); MEP302 the same omission as a
    # warning; MEP209 the table repeats the default (ref 2.5); MEP309 the fragment does not say
    # whether it is multi-node (ref 3.2). With --nodes 1: MEP301, moe_ep 8 x moe_tp 8 != 8 (ref 3.3,
    # first table row).
    '03-ep-level2-buffer-factors-zh-2025-12.json': [
        ({}, [
            'MEP001@1:1',
        ]),
        ({'fragment': True}, [
            'MEP211 /BackendConfig/ModelDeployConfig/ModelConfig/0',
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
            'MEP302 /BackendConfig/ModelDeployConfig/ModelConfig/0/moe_ep',
            'MEP209 /BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/alltoall_ep_buffer_scale_factors',
        ]),
        ({'fragment': True, 'nodes': 1}, [
            'MEP211 /BackendConfig/ModelDeployConfig/ModelConfig/0',
            'MEP301 /BackendConfig/ModelDeployConfig/ModelConfig/0/moe_ep',
            'MEP209 /BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/alltoall_ep_buffer_scale_factors',
        ]),
    ],

    # EP doc ep_level 1 long-sequence snippet (cutoff on, factor 0.25, ref 2.6) without moe_tp: with
    # --nodes 1, MEP301 (moe_tp defaults to W = 8, ref 3.3); the cutoff settings themselves are
    # right.
    '04-ep-level1-routing-cutoff-zh-2025-12.json': [
        ({}, [
            'MEP001@1:1',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
            'MEP302 /BackendConfig/ModelDeployConfig/ModelConfig/0/moe_ep',
        ]),
        ({'fragment': True, 'nodes': 1}, [
            'MEP301 /BackendConfig/ModelDeployConfig/ModelConfig/0/moe_ep',
        ]),
    ],

    # The 2026-04 copy of the ep_level 2 snippet, without the trailing comma: same findings as 03
    # except that the file ends cleanly (still a fragment).
    '05-ep-level2-buffer-factors-2026-04.json': [
        ({}, [
            'MEP001@1:1',
        ]),
        ({'fragment': True}, [
            'MEP211 /BackendConfig/ModelDeployConfig/ModelConfig/0',
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
            'MEP302 /BackendConfig/ModelDeployConfig/ModelConfig/0/moe_ep',
            'MEP209 /BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/alltoall_ep_buffer_scale_factors',
        ]),
        ({'fragment': True, 'nodes': 1}, [
            'MEP211 /BackendConfig/ModelDeployConfig/ModelConfig/0',
            'MEP301 /BackendConfig/ModelDeployConfig/ModelConfig/0/moe_ep',
            'MEP209 /BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/alltoall_ep_buffer_scale_factors',
        ]),
    ],

    # tensor_parallel.md snippet: missing comma after "tp": 2 and a trailing comma inside
    # parallel_options (ref 5 item 2); with --fragment both are reported and W is unknown (MEP309).
    '06-tp-lmhead-local-tp-missing-comma.json': [
        ({}, [
            'MEP001@1:5',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
            'MEP001@16:21',
            'MEP001@21:46',
        ]),
    ],

    # SP doc layout W16 dp2 sp8 tp8 moe_ep16 moe_tp1 (ref 3.3 'OK'): with --nodes 1 clean.
    '07-sp-dp2-tp8-moe-ep16.json': [
        ({}, [
            'MEP001@1:5',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
        ]),
        ({'fragment': True, 'nodes': 1}, [
        ]),
    ],

    # CP doc layout W16 cp2 sp8 tp8 dp1 moe_ep16 (ref 3.3 'OK'): with --nodes 1 clean.
    '08-cp2-sp8-tp8-moe-ep16.json': [
        ({}, [
            'MEP001@1:5',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
        ]),
        ({'fragment': True, 'nodes': 1}, [
        ]),
    ],

    # DP doc: tp1 dp8, no moe_tp (ref 3.3: 'ERROR moe_tp defaults to tp=1 != 8'): with --nodes 1
    # MEP301 at tp.
    '09-dp8-tp1-modelconfig-array.json': [
        ({}, [
            'MEP001@1:5',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
        ]),
        ({'fragment': True, 'nodes': 1}, [
            'MEP301 /BackendConfig/ModelDeployConfig/ModelConfig/0/tp',
        ]),
    ],

    # Tuning guide EP block: braces but only ModelConfig. As a file: ServerConfig/BackendConfig
    # missing (MEP101, ref 1.2) and ModelConfig misplaced at the top level (MEP104). With --fragment
    # and --nodes 1: worldSize 16, moe_ep16 x moe_tp1, ep_level 2: clean (ref 4, A3 dynamic EP).
    '10-tuning-ep-level2-ws16-moe-tp1.json': [
        ({}, [
            'MEP101 ',
            'MEP101 ',
            'MEP104 /ModelConfig',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
        ]),
        ({'fragment': True, 'nodes': 1}, [
        ]),
    ],

    # Tuning guide TP block: trailing comma (MEP001) and flat lm_head_local_tp/o_proj_local_tp under
    # deepseekv2, which MindIE ignores (MEP215, ref 2.1 step 4, 5 item 14); no worldSize so W
    # unknown.
    '11-tuning-lmhead-flat-keys-trailing-comma.json': [
        ({}, [
            'MEP101 ',
            'MEP101 ',
            'MEP104 /ModelConfig',
            'MEP001@8:41',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
            'MEP215 /BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/lm_head_local_tp',
            'MEP215 /BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/o_proj_local_tp',
            'MEP001@8:41',
        ]),
    ],

    # DeepSeek-R1 two-node A2 guide: a // comment (MEP001); a 2.0-era file without tokenTimeout,
    # e2eTimeout, distDPServerEnabled (MEP101 warnings naming 3.0, ref 1.3); old LogConfig keys
    # (MEP105 info, ref 1.2); maxPrefillTokens raised at runtime (MEP407 info, ref 3.1 item 7).
    # Multi-node: W unknown without --nodes (MEP309); with --nodes 2 the defaults tp = moe_tp = W =
    # 16 work (ref 4, 'A2 two-node, no EP').
    '12-r1-a2-two-node-full-with-comments.json': [
        ({}, [
            'MEP105 /LogConfig/logLevel',
            'MEP105 /LogConfig/logFileSize',
            'MEP105 /LogConfig/logFileNum',
            'MEP105 /LogConfig/logPath',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP001@19:30',
            'MEP309 /BackendConfig/multiNodesInferEnabled',
            'MEP407 /BackendConfig/ScheduleConfig/maxPrefillTokens',
        ]),
        ({'nodes': 2}, [
            'MEP105 /LogConfig/logLevel',
            'MEP105 /LogConfig/logFileSize',
            'MEP105 /LogConfig/logFileNum',
            'MEP105 /LogConfig/logPath',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP001@19:30',
            'MEP407 /BackendConfig/ScheduleConfig/maxPrefillTokens',
        ]),
    ],

    # A3 hybrid layout dp2 tp8 moe_tp4 moe_ep4 (ref 3.3 'OK', ref 4): with --nodes 1 --devices-per-
    # node 16 clean.
    '13-r1-a3-hybrid-dp2-tp8-moe-ep4-tp4.json': [
        ({}, [
            'MEP101 ',
            'MEP101 ',
            'MEP104 /ModelConfig',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
        ]),
        ({'fragment': True, 'nodes': 1, 'devices_per_node': 16}, [
        ]),
    ],

    # A3 dynamic EP dp2 tp8 moe_tp1 moe_ep16 ep_level 2 (ref 4) with a trailing comma (MEP001):
    # otherwise clean on 16 devices.
    '14-r1-a3-dynamic-ep-moe-ep16-trailing-comma.json': [
        ({}, [
            'MEP101 ',
            'MEP101 ',
            'MEP104 /ModelConfig',
            'MEP001@13:8',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
            'MEP001@13:8',
        ]),
        ({'fragment': True, 'nodes': 1, 'devices_per_node': 16}, [
            'MEP001@13:8',
        ]),
    ],

    # Kimi-K2 four A2 nodes, W = 32: dp8 tp4, moe_ep32 moe_tp1, ep_level 2 (ref 4): with --nodes 4
    # no error; MEP214 reminds of the switch for ep_level 2 across nodes (ref 2.3), MEP407 the
    # runtime raise.
    '15-kimi-k2-a2-four-node-ep-level2.json': [
        ({}, [
            'MEP309 /BackendConfig/multiNodesInferEnabled',
            'MEP214 /BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/ep_level',
            'MEP407 /BackendConfig/ScheduleConfig/maxPrefillTokens',
        ]),
        ({'nodes': 4}, [
            'MEP214 /BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/ep_level',
            'MEP407 /BackendConfig/ScheduleConfig/maxPrefillTokens',
        ]),
    ],

    # A3 single node dp2 tp8 moe_ep4 moe_tp4 ep_level 1 (ref 4, A3_single.md): clean but for the
    # MEP407 info (maxPrefillTokens raised to min(maxSeqLen, maxInputTokenLen + maxIterTimes)).
    '16-a3-single-node-16die-ep-level1.json': [
        ({}, [
            'MEP407 /BackendConfig/ScheduleConfig/maxPrefillTokens',
        ]),
    ],

    # A2 two-node key list (ref 4, A2_double_machine.md): a fragment; with --nodes 2 --devices-per-
    # node 8 (W 16): dp2 tp8, moe_ep4 x moe_tp4: clean.
    '17-a2-two-node-modelconfig-keys-fragment.json': [
        ({}, [
            'MEP001@1:1',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
        ]),
        ({'fragment': True, 'nodes': 2, 'devices_per_node': 8}, [
        ]),
    ],

    # A2 single node W4A8 key list (ref 4): moe_ep1 moe_tp8 tp8 on 8 devices: clean.
    '18-a2-single-node-modelconfig-keys-fragment.json': [
        ({}, [
            'MEP001@1:1',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
        ]),
        ({'fragment': True, 'nodes': 1, 'devices_per_node': 8}, [
        ]),
    ],

    # kv_cache_pool.md: the BackendConfig object is never closed (ref 5 item 2): MEP001 in both
    # modes.
    '19-kv-pool-unclosed-backendconfig-fragment.json': [
        ({}, [
            'MEP001@1:5',
        ]),
        ({'fragment': True}, [
            'MEP001@1:23',
        ]),
    ],

    # fa3_quantization.md ModelConfig fragment, worldSize 8 with dp2 x tp8 = 16: two A2 nodes. With
    # --nodes 2 clean (ref 4, A2 two-node).
    '20-fa3-multinode-modelconfig-fragment.json': [
        ({}, [
            'MEP001@1:9',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
        ]),
        ({'fragment': True, 'nodes': 2}, [
        ]),
    ],

    # mix_shared_routing.md EPLB block: ep_level 2 with eplb level 1 and an expert_map_file: valid;
    # moe_ep is not in the fragment, so nothing about EP activity is claimed; W unknown.
    '21-eplb-static-level1-ep-level2-fragment.json': [
        ({}, [
            'MEP001@1:17',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
        ]),
    ],

    # mix_shared_routing.md dangling shared experts with ep_level 2: valid on its own; W unknown.
    '22-dangling-shared-experts-fragment.json': [
        ({}, [
            'MEP001@1:13',
        ]),
        ({'fragment': True}, [
            'MEP309 /BackendConfig/ModelDeployConfig/ModelConfig/0',
        ]),
    ],

    # MindIE-Motor A2 user_config.json: recognised as such (MEP006, info). Its embedded server
    # settings are checked as partial configs: prefill on 2 pods x 8 = 16 NPUs (dp2 tp8, moe_ep4 x
    # moe_tp4, ep_level 1: ref 4 row "PD-separated A2 P"), decode on 8 pods x 8 = 64 NPUs
    # (distributed DP: dp64 tp1, moe_ep64 moe_tp1, ep_level 2: ref 4 row "... D"); no error. The
    # decode instance gets MEP213 (W 64 > 32 on a decode instance, ref 2.4) and MEP214 (ep_level 2
    # across 8 pods needs a switch, ref 2.3).
    '23-motor-pd-a2-user-config.json': [
        ({}, [
            'MEP006 ',
            'MEP213 /mindie_server_decode_config/BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2',
            'MEP214 /mindie_server_decode_config/BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/ep_level',
        ]),
    ],

    # MindIE-Motor A3 user_config.json (MEP006): prefill on 1 pod x 16 (dp2 tp8, moe_ep16 moe_tp1,
    # ep_level 2) and decode on 4 pods x 16 = 64 (dp64 tp1, moe_ep64, lm_head_local_tp 16 <= 16
    # per node) as in ref 4; no error; MEP213 and MEP214 on the decode instance as for file 23.
    '24-motor-pd-a3-user-config.json': [
        ({}, [
            'MEP006 ',
            'MEP213 /mindie_server_decode_config/BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2',
            'MEP214 /mindie_server_decode_config/BackendConfig/ModelDeployConfig/ModelConfig/0/models/deepseekv2/ep_level',
        ]),
    ],

    # DeepSeek-V3.2 two A3 nodes (torch backend): '#' comments and '...' elisions (MEP001, ref 5
    # item 2). As a whole file the elided keys are missing (MEP101); with --fragment --nodes 2 (W
    # 32): dp4 tp8, moe_ep32 moe_tp1: clean (ref 4).
    '25-dsv32-a3-two-node-torch-hash-comments.json': [
        ({}, [
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP001@4:33',
            'MEP001@5:9',
            'MEP101 /BackendConfig',
            'MEP101 /BackendConfig',
            'MEP101 /BackendConfig',
            'MEP101 /BackendConfig',
            'MEP001@9:69',
            'MEP309 /BackendConfig/multiNodesInferEnabled',
            'MEP001@10:46',
            'MEP001@11:46',
            'MEP001@12:9',
            'MEP101 /BackendConfig/ModelDeployConfig',
            'MEP101 /BackendConfig/ModelDeployConfig',
            'MEP001@15:13',
            'MEP101 /BackendConfig/ModelDeployConfig/ModelConfig/0',
            'MEP001@18:21',
            'MEP001@19:89',
            'MEP001@20:89',
            'MEP001@24:47',
            'MEP001@25:47',
            'MEP001@26:47',
            'MEP001@27:47',
            'MEP001@28:47',
            'MEP001@29:47',
            'MEP001@30:47',
            'MEP001@31:47',
            'MEP001@32:95',
            'MEP001@33:21',
            'MEP001@37:9',
            'MEP001@39:5',
        ]),
        ({'fragment': True}, [
            'MEP001@4:33',
            'MEP001@5:9',
            'MEP001@9:69',
            'MEP309 /BackendConfig/multiNodesInferEnabled',
            'MEP001@10:46',
            'MEP001@11:46',
            'MEP001@12:9',
            'MEP001@15:13',
            'MEP001@18:21',
            'MEP001@19:89',
            'MEP001@20:89',
            'MEP001@24:47',
            'MEP001@25:47',
            'MEP001@26:47',
            'MEP001@27:47',
            'MEP001@28:47',
            'MEP001@29:47',
            'MEP001@30:47',
            'MEP001@31:47',
            'MEP001@32:95',
            'MEP001@33:21',
            'MEP001@37:9',
            'MEP001@39:5',
        ]),
        ({'fragment': True, 'nodes': 2}, [
            'MEP001@4:33',
            'MEP001@5:9',
            'MEP001@9:69',
            'MEP001@10:46',
            'MEP001@11:46',
            'MEP001@12:9',
            'MEP001@15:13',
            'MEP001@18:21',
            'MEP001@19:89',
            'MEP001@20:89',
            'MEP001@24:47',
            'MEP001@25:47',
            'MEP001@26:47',
            'MEP001@27:47',
            'MEP001@28:47',
            'MEP001@29:47',
            'MEP001@30:47',
            'MEP001@31:47',
            'MEP001@32:95',
            'MEP001@33:21',
            'MEP001@37:9',
            'MEP001@39:5',
        ]),
    ],

    # DeepSeek-V3.2 PD user_config with '#' and '//' comments and elisions (MEP001) that is a Motor
    # user_config (MEP006); its sections (prefill dp1 cp32 tp1 and decode dp16 tp2, moe_ep32 on
    # 4 pods x 8 = 32 NPUs, torch backend: ref 4) have no finding of their own.
    '26-dsv32-pd-user-config-mixed-comments.json': [
        ({}, [
            'MEP006 ',
            'MEP001@9:37',
            'MEP001@10:5',
            'MEP001@13:5',
            'MEP001@29:7',
            'MEP001@31:9',
            'MEP001@36:72',
            'MEP001@38:13',
            'MEP001@40:13',
            'MEP001@41:72',
            'MEP001@48:90',
            'MEP001@49:13',
            'MEP001@53:7',
            'MEP001@57:5',
            'MEP001@59:7',
            'MEP001@61:9',
            'MEP001@64:13',
            'MEP001@67:13',
            'MEP001@69:24',
            'MEP001@80:7',
        ]),
    ],

    # LazyLLM 1.0-style template: old single-file TLS, kmc and PkPwd keys (MEP105 info, ref 1.4); no
    # tokenTimeout/e2eTimeout/distDPServerEnabled/trustRemoteCode (MEP101 warnings, ref 1.3);
    # 0.0.0.0 with allowAllZeroIpListening true is allowed; MEP407 runtime raise.
    '27-lazyllm-template-old-tls-keys.json': [
        ({}, [
            'MEP105 /LogConfig/logLevel',
            'MEP105 /LogConfig/logFileSize',
            'MEP105 /LogConfig/logFileNum',
            'MEP105 /LogConfig/logPath',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP105 /ServerConfig/tlsPkPwd',
            'MEP105 /ServerConfig/tlsCrl',
            'MEP105 /ServerConfig/managementTlsPkPwd',
            'MEP105 /ServerConfig/managementTlsCrl',
            'MEP105 /ServerConfig/kmcKsfMaster',
            'MEP105 /ServerConfig/kmcKsfStandby',
            'MEP105 /ServerConfig/interCommTlsCaFile',
            'MEP105 /ServerConfig/interCommPkPwd',
            'MEP105 /ServerConfig/interCommTlsCrl',
            'MEP105 /BackendConfig/interNodeTlsCaFile',
            'MEP105 /BackendConfig/interNodeTlsPkPwd',
            'MEP105 /BackendConfig/interNodeTlsCrl',
            'MEP105 /BackendConfig/interNodeKmcKsfMaster',
            'MEP105 /BackendConfig/interNodeKmcKsfStandby',
            'MEP101 /BackendConfig/ModelDeployConfig/ModelConfig/0',
            'MEP407 /BackendConfig/ScheduleConfig/maxPrefillTokens',
        ]),
    ],

    # AutoDL image config: Version "1.1.0" (MEP106, ref 1.2); 2.x-era keys (MEP101 warnings,
    # MEP105).
    '28-autodl-original-config-version-1.1.0.json': [
        ({}, [
            'MEP106 /Version',
            'MEP105 /LogConfig/logLevel',
            'MEP105 /LogConfig/logFileSize',
            'MEP105 /LogConfig/logFileNum',
            'MEP105 /LogConfig/logPath',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP105 /ServerConfig/tlsPkPwd',
            'MEP105 /ServerConfig/managementTlsPkPwd',
            'MEP105 /ServerConfig/kmcKsfMaster',
            'MEP105 /ServerConfig/kmcKsfStandby',
            'MEP105 /ServerConfig/interCommPkPwd',
            'MEP105 /BackendConfig/interNodeTlsPkPwd',
            'MEP105 /BackendConfig/interNodeKmcKsfMaster',
            'MEP105 /BackendConfig/interNodeKmcKsfStandby',
        ]),
    ],

    # Qwen3 two-card config: maxInputTokenLen == maxSeqLen is clamped (MEP401, ref 3.1 item 7).
    '29-qwen3-two-card-no-logconfig.json': [
        ({}, [
            'MEP105 /ServerConfig/tlsPkPwd',
            'MEP105 /ServerConfig/managementTlsPkPwd',
            'MEP105 /ServerConfig/kmcKsfMaster',
            'MEP105 /ServerConfig/kmcKsfStandby',
            'MEP105 /ServerConfig/interCommPkPwd',
            'MEP105 /BackendConfig/interNodeTlsPkPwd',
            'MEP105 /BackendConfig/interNodeKmcKsfMaster',
            'MEP105 /BackendConfig/interNodeKmcKsfStandby',
            'MEP401 /BackendConfig/ModelDeployConfig/maxInputTokenLen',
        ]),
    ],

    # Multi-node R1 template: 2.x-era keys (MEP101 warnings, MEP105); W unknown without --nodes
    # (MEP309); with --nodes 2 the default tp = moe_tp = W works.
    '30-oeyoews-r1-multinode-template.json': [
        ({}, [
            'MEP105 /LogConfig/logLevel',
            'MEP105 /LogConfig/logFileSize',
            'MEP105 /LogConfig/logFileNum',
            'MEP105 /LogConfig/logPath',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP105 /ServerConfig/tlsPkPwd',
            'MEP105 /ServerConfig/managementTlsPkPwd',
            'MEP105 /ServerConfig/kmcKsfMaster',
            'MEP105 /ServerConfig/kmcKsfStandby',
            'MEP105 /ServerConfig/interCommPkPwd',
            'MEP309 /BackendConfig/multiNodesInferEnabled',
            'MEP105 /BackendConfig/interNodeTlsPkPwd',
            'MEP105 /BackendConfig/interNodeKmcKsfMaster',
            'MEP105 /BackendConfig/interNodeKmcKsfStandby',
        ]),
        ({'nodes': 2}, [
            'MEP105 /LogConfig/logLevel',
            'MEP105 /LogConfig/logFileSize',
            'MEP105 /LogConfig/logFileNum',
            'MEP105 /LogConfig/logPath',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP101 /ServerConfig',
            'MEP105 /ServerConfig/tlsPkPwd',
            'MEP105 /ServerConfig/managementTlsPkPwd',
            'MEP105 /ServerConfig/kmcKsfMaster',
            'MEP105 /ServerConfig/kmcKsfStandby',
            'MEP105 /ServerConfig/interCommPkPwd',
            'MEP105 /BackendConfig/interNodeTlsPkPwd',
            'MEP105 /BackendConfig/interNodeKmcKsfMaster',
            'MEP105 /BackendConfig/interNodeKmcKsfStandby',
        ]),
    ],
}
