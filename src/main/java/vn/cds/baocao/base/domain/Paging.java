package vn.cds.baocao.base.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page a screen asked for (a lazy grid's offset, limit and sort keys), made safe for a query: each sort key
 * replaced by the entity properties it stands for, keys not in the list dropped (a grid never sorts by a column the
 * service did not allow), then the service's own order so every page is stable.
 */
public final class Paging {

    private Paging() {
    }

    /**
     * @param sortable the sort keys a caller may use and the properties each sorts by, in order
     * @param then     appended after the caller's order; ends with a unique property (the id)
     */
    public static Pageable whitelisted(Pageable page, Map<String, List<String>> sortable, Sort then) {
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order order : page.getSort()) {
            sortable.getOrDefault(order.getProperty(), List.of())
                    .forEach(property -> orders.add(new Sort.Order(order.getDirection(), property)));
        }
        then.forEach(orders::add);
        Sort sort = Sort.by(orders);
        return page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize(), sort) : Pageable.unpaged(sort);
    }
}
