package ccsim.model.cti;

import ccsim.core.message.CtiMessage;
import ccsim.core.network.Address;
import ccsim.model.Entity;

/** An entity that speaks T-Library and no SIP: URS, Stat Server, IVR Server. */
public abstract class CtiClient extends Entity {

    protected CtiClient(Address address, String name) {
        super(address, name);
    }

    @Override
    protected abstract void onCti(CtiMessage m, Address from);
}
