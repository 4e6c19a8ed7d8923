package io.flowline.platform.tenancy.rest;

import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleGate;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/** Marks a resource as part of a module the tenant may have switched off; {@link ModuleGate} enforces it. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ModuleRequired {
    Module value();
}
