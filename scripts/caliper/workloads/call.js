'use strict';

// One Caliper transaction per call: the round's `contract` and `verb` through the ethereum
// connector (which signs with the worker's account and waits for the receipt).
const { WorkloadModuleBase } = require('@hyperledger/caliper-core');

class Call extends WorkloadModuleBase {
    async submitTransaction() {
        const { contract, verb, args } = this.roundArguments;
        await this.sutAdapter.sendRequests({ contract, verb, args, readOnly: false });
    }
}

module.exports.createWorkloadModule = () => new Call();
